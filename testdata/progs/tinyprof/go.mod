module tinyprof

go 1.26
