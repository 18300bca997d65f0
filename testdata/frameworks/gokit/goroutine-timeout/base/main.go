// Base: a go-kit endpoint middleware bounds the recommendations call to a
// 2 ms budget. The call runs in a goroutine that reports on a channel with
// room for its one result, so when the budget wins, the late call still
// finishes its send and ends.
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
	out <- result{resp, err}
}

// Budget answers with the fallback when next is slower than d.
func Budget(d time.Duration, fallback interface{}) endpoint.Middleware {
	return func(next endpoint.Endpoint) endpoint.Endpoint {
		return func(ctx context.Context, req interface{}) (interface{}, error) {
			out := make(chan result, 1)
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
