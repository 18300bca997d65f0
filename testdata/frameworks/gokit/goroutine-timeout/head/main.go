// Head: a go-kit endpoint middleware bounds the recommendations call to a
// 2 ms budget, as in base, but the result channel was made unbuffered in a
// refactor. The downstream takes ~10 ms, so the budget wins and nobody is
// left to receive: every late call blocks on its send forever.
package main

import (
	"context"
	"errors"
	"net/http"
	"time"

	gokitkit "example.com/gokitkit"
	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"
)

type result struct {
	resp interface{}
	err  error
}

var errBudget = errors.New("over budget")

func runEndpoint(next endpoint.Endpoint, ctx context.Context, req interface{}, out chan<- result) {
	resp, err := next(ctx, req)
	out <- result{resp, err} // blocks forever once Budget has given up
}

// Budget answers with the fallback when next is slower than d.
func Budget(d time.Duration, fallback interface{}) endpoint.Middleware {
	return func(next endpoint.Endpoint) endpoint.Endpoint {
		return func(ctx context.Context, req interface{}) (interface{}, error) {
			out := make(chan result)
			go runEndpoint(next, ctx, req, out)
			select {
			case r := <-out:
				return r.resp, r.err
			case <-time.After(d):
				return fallback, nil
			}
		}
	}
}

func recommendations(ctx context.Context, req interface{}) (interface{}, error) {
	time.Sleep(10 * time.Millisecond) // the slow downstream service
	return map[string]interface{}{"items": []string{"a", "b"}, "sum": gokitkit.Work(1000)}, nil
}

func decode(_ context.Context, r *http.Request) (interface{}, error) {
	return r.URL.Query().Get("user"), nil
}

func main() {
	ep := Budget(2*time.Millisecond, map[string]interface{}{"items": []string{}, "fallback": true})(recommendations)
	gokitkit.Run(httptransport.NewServer(ep, decode, gokitkit.EncodeJSON))
}
