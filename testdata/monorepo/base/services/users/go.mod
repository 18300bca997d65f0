module example.com/monorepo/users

go 1.22
