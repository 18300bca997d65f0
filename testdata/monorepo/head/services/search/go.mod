module example.com/monorepo/search

go 1.22
