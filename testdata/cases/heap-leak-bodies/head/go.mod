module example.com/heap-leak-bodies/head

go 1.26

require kit v0.0.0

replace kit => ../../_kit
