module example.com/chi/heap-pending-acks/base

go 1.26

require example.com/chikit v0.0.0

require github.com/go-chi/chi/v5 v5.5.0

replace example.com/chikit => ../../_kit
