module profgen

go 1.26
