package web

import (
	"html/template"
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
