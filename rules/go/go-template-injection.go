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

func greet(w http.ResponseWriter, r *http.Request) {
	// ok: go-template-injection
	t := template.Must(template.New("greet").Parse("<p>Hello {{.}}</p>"))
	t.Execute(w, r.FormValue("name"))
}
