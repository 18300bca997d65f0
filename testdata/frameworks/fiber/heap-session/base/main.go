// Base: recommendations are computed per request and returned.
package main

import (
	"fmt"
	"strings"

	fiberkit "example.com/fiberkit"
	"github.com/gofiber/fiber/v2"
)

func recommendations(sum uint64) string {
	return fmt.Sprintf("%x:", sum) + strings.Repeat("product-recommendation;", 90)
}

func home(c *fiber.Ctx) error {
	recs := recommendations(fiberkit.Work(20000))
	return c.SendString(recs[:64] + "\n")
}

func main() {
	app := fiberkit.New()
	app.Get("/", home)
	fiberkit.Run(app)
}
