module example.com/nethttp/cpu-regression/head

go 1.26

require example.com/nethttpkit v0.0.0

replace example.com/nethttpkit => ../../_kit
