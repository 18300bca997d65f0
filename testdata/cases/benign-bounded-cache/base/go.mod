module example.com/benign-bounded-cache/base

go 1.26

require kit v0.0.0

replace kit => ../../_kit
