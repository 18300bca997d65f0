module example.com/nethttpkit

go 1.26
