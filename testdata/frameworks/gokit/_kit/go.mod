module example.com/gokitkit

go 1.26
