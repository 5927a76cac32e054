// Package rooms serves booking pages and game-master hint screens for an escape-room venue (echo).
package rooms

import (
	"bytes"
	"database/sql"
	htmltpl "html/template"
	"net/http"
	"strings"
	texttpl "text/template"

	"github.com/labstack/echo/v4"
)

// ruleid: go-hardcoded-credentials
const bookingAPIKey = "er_live_51HbQ2fJx9sK0aPz7VwqT3yLm"

// ok: go-hardcoded-credentials
const bookingAPIBase = "https://bookings.example.com/v2"

var confirmPage = htmltpl.Must(htmltpl.New("confirm").Parse(`<h1>Room {{.Room}}</h1><p>Team {{.Team}}</p>{{.Banner}}`))

var roomThemes = map[string]string{
	"pharaoh": "Tomb of the Pharaoh",
	"lab":     "Mad Scientist Lab",
	"heist":   "Casino Heist",
}

type Handlers struct {
	DB *sql.DB
}

func (h *Handlers) Confirm(c echo.Context) error {
	team := c.QueryParam("team")
	note := c.QueryParam("note")
	data := map[string]interface{}{
		"Room": roomThemes[c.QueryParam("room")],
		"Team": team,
		// ruleid: go-unescaped-html
		"Banner": htmltpl.HTML("<div class='note'>" + note + "</div>"),
	}
	var buf bytes.Buffer
	if err := confirmPage.Execute(&buf, data); err != nil {
		return err
	}
	return c.HTMLBlob(http.StatusOK, buf.Bytes())
}

func (h *Handlers) ConfirmPlain(c echo.Context) error {
	data := map[string]interface{}{
		"Room": roomThemes[c.QueryParam("room")],
		"Team": c.QueryParam("team"),
		// ok: go-unescaped-html
		"Banner": htmltpl.HTML("<div class='note'>Arrive 15 minutes early.</div>"),
	}
	var buf bytes.Buffer
	if err := confirmPage.Execute(&buf, data); err != nil {
		return err
	}
	// ok: go-xss
	return c.HTMLBlob(http.StatusOK, buf.Bytes())
}

func (h *Handlers) HintCard(c echo.Context) error {
	layout := c.FormValue("layout")
	// ruleid: go-template-injection
	t, err := texttpl.New("hint").Parse(layout)
	if err != nil {
		return c.String(http.StatusBadRequest, "bad layout")
	}
	var buf bytes.Buffer
	_ = t.Execute(&buf, map[string]string{"Room": c.FormValue("room")})
	return c.String(http.StatusOK, buf.String())
}

func (h *Handlers) HintCardFixed(c echo.Context) error {
	// ok: go-template-injection
	t := texttpl.Must(texttpl.New("hint").Parse("Hint for {{.Room}}: look behind the {{.Object}}."))
	var buf bytes.Buffer
	_ = t.Execute(&buf, map[string]string{"Room": c.FormValue("room"), "Object": c.FormValue("object")})
	return c.String(http.StatusOK, buf.String())
}

func (h *Handlers) Leaderboard(c echo.Context) error {
	room := c.QueryParam("room")
	// ruleid: go-sql-injection
	rows, err := h.DB.Query("SELECT team, seconds FROM escapes WHERE room = '" + room + "' ORDER BY seconds LIMIT 10")
	if err != nil {
		return err
	}
	defer rows.Close()
	var sb strings.Builder
	sb.WriteString("<h2>Fastest escapes from " + room + "</h2><ol>")
	for rows.Next() {
		var team string
		var secs int
		_ = rows.Scan(&team, &secs)
		sb.WriteString("<li>" + htmltpl.HTMLEscapeString(team) + "</li>")
	}
	sb.WriteString("</ol>")
	// ruleid: go-xss
	return c.HTML(http.StatusOK, sb.String())
}

func (h *Handlers) Theme(c echo.Context) error {
	name, ok := roomThemes[c.Param("room")]
	if !ok {
		// ok: go-xss
		return c.String(http.StatusNotFound, "unknown room "+c.Param("room"))
	}
	// ok: go-xss
	return c.HTML(http.StatusOK, "<h1>"+name+"</h1>")
}

func (h *Handlers) AfterPayment(c echo.Context) error {
	ret := c.QueryParam("return")
	if strings.HasPrefix(ret, "/rooms/") {
		// ok: go-open-redirect
		return c.Redirect(http.StatusSeeOther, ret)
	}
	// ruleid: go-open-redirect
	return c.Redirect(http.StatusSeeOther, c.QueryParam("partner_return"))
}

func (h *Handlers) SyncBookings(c echo.Context) error {
	req, _ := http.NewRequest(http.MethodGet, bookingAPIBase+"/bookings", nil)
	req.Header.Set("Authorization", "Bearer "+bookingAPIKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return c.NoContent(resp.StatusCode)
}
