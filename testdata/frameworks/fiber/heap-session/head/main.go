// Head: recommendations (~2 KiB) are kept in the visitor's session (fiber's
// session middleware, default in-memory storage, 24 h expiry). A client that
// sends no cookie, like the load here and most bots, gets a new session on
// every request: the store grows by one entry per request for a day.
package main

import (
	"fmt"
	"strings"

	fiberkit "example.com/fiberkit"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New()

func recommendations(sum uint64) string {
	return fmt.Sprintf("%x:", sum) + strings.Repeat("product-recommendation;", 90)
}

func rememberRecommendations(c *fiber.Ctx, recs string) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("recs", recs)
	return sess.Save()
}

func home(c *fiber.Ctx) error {
	recs := recommendations(fiberkit.Work(20000))
	if err := rememberRecommendations(c, recs); err != nil {
		return err
	}
	return c.SendString(recs[:64] + "\n")
}

func main() {
	app := fiberkit.New()
	app.Get("/", home)
	fiberkit.Run(app)
}
