// Base: the report is rendered and returned.
package main

import (
	"fmt"
	"strings"

	beegokit "example.com/beegokit"
	"github.com/beego/beego/v2/server/web"
)

func renderReport(sum uint64) string {
	return fmt.Sprintf("report %x\n", sum) + strings.Repeat("region ........ 123.45\n", 90)
}

type ReportController struct{ web.Controller }

func (c *ReportController) Get() {
	report := renderReport(beegokit.Work(20000))
	c.Ctx.WriteString(report[:32])
}

func main() {
	web.Router("/report", &ReportController{})
	beegokit.Run()
}
