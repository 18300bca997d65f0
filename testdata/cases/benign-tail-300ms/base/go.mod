module example.com/benign-tail-300ms/base

go 1.26

require example.com/kit v0.0.0

replace example.com/kit => ../../_kit
