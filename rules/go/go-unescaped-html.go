package web

import (
	htmltpl "html/template"
	"fmt"
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<p>{{.Bio}}</p>`))

func profile(w http.ResponseWriter, r *http.Request) {
	bio := r.FormValue("bio")
	// ruleid: go-unescaped-html
	page.Execute(w, map[string]any{"Bio": template.HTML(bio)})
}

func link(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-unescaped-html
	page.Execute(w, map[string]any{"Bio": template.URL(r.URL.Query().Get("next"))})
}

func profileSafe(w http.ResponseWriter, r *http.Request) {
	// ok: go-unescaped-html
	page.Execute(w, map[string]any{"Bio": r.FormValue("bio")})
}

func banner(w http.ResponseWriter) {
	// ok: go-unescaped-html
	page.Execute(w, map[string]any{"Bio": template.HTML("<b>Welcome</b>")})
}

func percent(w http.ResponseWriter, done, total int) {
	// ok: go-unescaped-html
	page.Execute(w, map[string]any{"Bio": template.HTML(fmt.Sprintf("<b>%.1f%%</b>", float64(done)/float64(total)*100))})
	// ruleid: go-unescaped-html
	page.Execute(w, map[string]any{"Bio": template.HTML(fmt.Sprintf("<b>%s</b>", r2()))})
}

func r2() string { return "" }

// An import alias is the same package.
func bannerAliased(note string) htmltpl.HTML {
	// ruleid: go-unescaped-html
	return htmltpl.HTML("<div class='note'>" + note + "</div>")
}
