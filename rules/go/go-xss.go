package web

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-xss
	fmt.Fprintf(w, "<h1>Hello %s</h1>", name)
}

func echo(w http.ResponseWriter, r *http.Request) {
	msg := r.FormValue("msg")
	// ruleid: go-xss
	w.Write([]byte("<p>" + msg + "</p>"))
	// ruleid: go-xss
	io.WriteString(w, msg)
}

func helloSafe(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ok: go-xss
	fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(name))
	// ok: go-xss
	fmt.Fprintf(w, "<h1>Hello</h1>")
	// ok: go-xss
	json.NewEncoder(w).Encode(map[string]string{"name": name})
}

func echoQuery(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	// ok: go-xss
	w.Write([]byte("<a href=\"?" + r.Form.Encode() + "\">again</a>"))
}

// Writing a request to the wire is not a response.
func dump(out io.Writer, r *http.Request) {
	// ok: go-xss
	fmt.Fprintf(out, "%s %s\n", r.Method, r.Host)
}

// gin: c.Writer is the response writer.
func stationPage(c *gin.Context) {
	station := c.Query("station")
	// ruleid: go-xss
	c.Writer.WriteString("<p>No readings for " + station + "</p>")
	// ok: go-xss
	c.Writer.WriteString("<p>No readings for " + html.EscapeString(station) + "</p>")
}

func ginGreeting(c *gin.Context) {
	child := c.Query("child")
	// ruleid: go-xss
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<h2>See you, "+child+"!</h2>"))
	// ok: go-xss
	c.Data(http.StatusOK, "text/plain; charset=utf-8", []byte("See you, "+child))
	// ok: go-xss
	c.HTML(http.StatusOK, "greeting.tmpl", gin.H{"child": child})
}

func echoGreeting(c echo.Context) error {
	name := c.QueryParam("name")
	if name == "" {
		// ok: go-xss
		return c.HTML(http.StatusOK, "<p>Hello, "+html.EscapeString(c.QueryParam("fallback"))+"</p>")
	}
	// ruleid: go-xss
	return c.HTML(http.StatusOK, "<p>Hello, "+name+"</p>")
}
