module loadtarget

go 1.26
