package web

import (
	"html/template"
	texttpl "text/template"
	"net/http"
)

func preview(w http.ResponseWriter, r *http.Request) {
	src := r.FormValue("template")
	// ruleid: go-template-injection
	t, _ := template.New("preview").Parse(src)
	t.Execute(w, nil)
}

func custom(w http.ResponseWriter, r *http.Request) {
	body := "<h1>" + r.URL.Query().Get("title") + "</h1>{{.}}"
	tmpl := template.New("custom")
	// ruleid: go-template-injection
	tmpl, _ = tmpl.Parse(body)
	tmpl.Execute(w, nil)
}

func greet(w http.ResponseWriter, r *http.Request) {
	// ok: go-template-injection
	t := template.Must(template.New("greet").Parse("<p>Hello {{.}}</p>"))
	t.Execute(w, r.FormValue("name"))
}

// An import alias is the same package.
func hint(w http.ResponseWriter, r *http.Request) {
	layout := r.FormValue("layout")
	// ruleid: go-template-injection
	t, err := texttpl.New("hint").Parse(layout)
	if err != nil {
		return
	}
	t.Execute(w, nil)
	// ok: go-template-injection
	fixed, _ := texttpl.New("fixed").Parse("<p>{{.}}</p>")
	fixed.Execute(w, layout)
}
