// Package main serves tide-gauge readings to harbour masters (gin): CSV exports, plots, alerts.
package main

import (
	"fmt"
	"html/template"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gin-gonic/gin"
)

const dataRoot = "/var/tides/csv"

var stationID = regexp.MustCompile(`^[A-Z]{3}[0-9]{2}$`)

var plotTemplate = template.Must(template.New("plot").Parse(`<h1>{{.Station}}</h1><img src="{{.Src}}">`))

func exportCSV(c *gin.Context) {
	name := c.Query("file")
	// ruleid: go-path-traversal
	c.File(filepath.Join(dataRoot, name))
}

func exportStation(c *gin.Context) {
	station := c.Param("station")
	if !stationID.MatchString(station) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	c.File(filepath.Join(dataRoot, station+".csv"))
}

func readArchive(c *gin.Context) {
	month := c.Query("month")
	clean := filepath.Base(filepath.Clean("/" + month))
	// ok: go-path-traversal
	data, err := os.ReadFile(filepath.Join(dataRoot, "archive", clean))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.Data(http.StatusOK, "text/csv", data)
}

func renderPlot(c *gin.Context) {
	station := c.Query("station")
	days := c.DefaultQuery("days", "7")
	// ruleid: go-command-injection
	out, err := exec.Command("sh", "-c", "gnuplot -e \"station='"+station+"';days="+days+"\" /etc/tides/plot.gp").Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	// ok: go-command-injection
	exec.Command("gzip", "-k", filepath.Join(dataRoot, "plots", "latest.png")).Run()
	c.Data(http.StatusOK, "image/png", out)
}

func plotPage(c *gin.Context) {
	station := c.Query("station")
	// ok: go-xss
	plotTemplate.Execute(c.Writer, map[string]string{"Station": station, "Src": "/plot?station=" + station})
}

func customReport(c *gin.Context) {
	title := c.PostForm("title")
	// ruleid: go-template-injection
	t, err := template.New("report").Parse("<h1>" + title + "</h1>{{range .}}<p>{{.}}</p>{{end}}")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	t.Execute(c.Writer, []string{"high 4.2m", "low 0.3m"})
}

func alertHook(c *gin.Context) {
	level := c.PostForm("level")
	reporter := c.GetHeader("X-Reporter")
	// ruleid: go-log-injection
	log.Printf("tide alert from %s: level=%s", reporter, level)
	// ok: go-log-injection
	log.Printf("tide alert from %q: level=%q", reporter, level)
	c.String(http.StatusAccepted, "queued")
}

func errorPage(c *gin.Context) {
	station := c.Query("station")
	c.Header("Content-Type", "text/html")
	// ruleid: go-xss
	c.Writer.WriteString("<p>No readings for " + station + "</p>")
	// ok: go-xss
	fmt.Fprintf(c.Writer, "<p>No readings for %s</p>", template.HTMLEscapeString(station))
}

func main() {
	r := gin.Default()
	r.GET("/export", exportCSV)
	r.GET("/export/:station", exportStation)
	r.GET("/archive", readArchive)
	r.GET("/plot", renderPlot)
	r.GET("/plot/page", plotPage)
	r.POST("/report", customReport)
	r.POST("/alert", alertHook)
	r.GET("/missing", errorPage)
	if strings.EqualFold(os.Getenv("TIDES_TLS"), "off") {
		log.Fatal(r.Run(":8080"))
	}
	log.Fatal(r.RunTLS(":8443", "/etc/tides/cert.pem", "/etc/tides/key.pem"))
}
