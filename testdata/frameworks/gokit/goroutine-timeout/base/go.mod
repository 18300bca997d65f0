module example.com/gokit/goroutine-timeout/base

go 1.26

require example.com/gokitkit v0.0.0

require (
	github.com/go-kit/kit v0.13.0
	github.com/go-kit/log v0.2.0 // indirect
	github.com/go-logfmt/logfmt v0.5.1 // indirect
)

replace example.com/gokitkit => ../../_kit
