module pprofhttp

go 1.26
