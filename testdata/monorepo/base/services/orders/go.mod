module example.com/monorepo/orders

go 1.22
