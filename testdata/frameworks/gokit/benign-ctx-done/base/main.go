// Base: the product endpoint answers from the catalogue.
package main

import (
	"context"
	"net/http"

	gokitkit "example.com/gokitkit"
	httptransport "github.com/go-kit/kit/transport/http"
)

func product(ctx context.Context, request interface{}) (interface{}, error) {
	return map[string]interface{}{"id": request, "sum": gokitkit.Work(100000)}, nil
}

func decode(_ context.Context, r *http.Request) (interface{}, error) {
	return r.URL.Query().Get("id"), nil
}

func main() {
	gokitkit.Run(httptransport.NewServer(product, decode, gokitkit.EncodeJSON))
}
