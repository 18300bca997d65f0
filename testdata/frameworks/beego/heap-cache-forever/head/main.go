// Head: each rendered report (~2 KiB) is also put in beego's memory cache
// under a fresh id, so the client can download it later. The timeout given
// is 0, which beego's memory cache reads as "never expires": one entry per
// request, forever.
package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	beegokit "example.com/beegokit"
	"github.com/beego/beego/v2/client/cache"
	"github.com/beego/beego/v2/server/web"
)

var (
	reports, _ = cache.NewCache("memory", `{"interval":60}`)
	nextID     atomic.Uint64
)

func renderReport(sum uint64) string {
	return fmt.Sprintf("report %x\n", sum) + strings.Repeat("region ........ 123.45\n", 90)
}

type ReportController struct{ web.Controller }

func (c *ReportController) Get() {
	report := renderReport(beegokit.Work(20000))
	id := strconv.FormatUint(nextID.Add(1), 10)
	_ = reports.Put(context.Background(), "report:"+id, report, 0) // 0: never expires
	c.Ctx.WriteString(id + " " + report[:32])
}

func main() {
	web.Router("/report", &ReportController{})
	beegokit.Run()
}
