// Package newsletter is the editor-facing HTTP service of a company newsletter: issue previews,
// custom footers, subscriber lookup in the corporate directory, unsubscribe pages.
package newsletter

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"regexp"
	texttemplate "text/template"

	"github.com/go-ldap/ldap/v3"
	"github.com/microcosm-cc/bluemonday"
)

var (
	issueTmpl    = template.Must(template.ParseFiles("templates/issue.html"))
	policy       = bluemonday.UGCPolicy()
	validDept    = regexp.MustCompile(`^[A-Za-z]{2,20}$`)
	staticFooter = template.HTML(`<p class="footer">Sent by Internal Comms &middot; <a href="/prefs">Preferences</a></p>`)
)

type Service struct {
	Dir *ldap.Conn
}

type issueView struct {
	Title  string
	Intro  template.HTML
	Footer template.HTML
}

func (s *Service) Preview(w http.ResponseWriter, r *http.Request) {
	intro := r.FormValue("intro")
	view := issueView{
		Title: r.FormValue("title"),
		// ruleid: go-unescaped-html
		Intro: template.HTML(intro),
		// ok: go-unescaped-html
		Footer: staticFooter,
	}
	issueTmpl.Execute(w, view)
}

func (s *Service) PreviewSanitised(w http.ResponseWriter, r *http.Request) {
	view := issueView{
		Title: r.FormValue("title"),
		// ok: go-unescaped-html
		Intro: template.HTML(policy.Sanitize(r.FormValue("intro"))),
	}
	// ok: go-xss
	issueTmpl.Execute(w, view)
}

func (s *Service) CustomFooter(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-template-injection
	t, err := texttemplate.New("footer").Parse("{{define \"footer\"}}" + r.FormValue("footer") + "{{end}}")
	if err != nil {
		http.Error(w, "bad footer", http.StatusBadRequest)
		return
	}
	var buf bytes.Buffer
	t.ExecuteTemplate(&buf, "footer", map[string]any{"Issue": r.FormValue("issue"), "Editor": r.Header.Get("X-Editor")})
	w.Header().Set("Content-Type", "text/plain")
	w.Write(buf.Bytes())
}

func (s *Service) Greeting(w http.ResponseWriter, r *http.Request) {
	// ok: go-template-injection
	t := template.Must(template.New("greet").Parse(`<p>Hello {{.}}, here is this week's issue.</p>`))
	t.Execute(w, r.FormValue("name"))
}

func (s *Service) Subscribers(w http.ResponseWriter, r *http.Request) {
	dept := r.URL.Query().Get("dept")
	mail := r.URL.Query().Get("mail")
	// ruleid: go-ldap-injection
	byMail := ldap.NewSearchRequest("ou=people,dc=corp,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(&(objectClass=person)(mail="+mail+"))", []string{"cn"}, nil)
	// ok: go-ldap-injection
	byMailSafe := ldap.NewSearchRequest("ou=people,dc=corp,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(&(objectClass=person)(mail=%s))", ldap.EscapeFilter(mail)), []string{"cn"}, nil)
	if !validDept.MatchString(dept) {
		http.Error(w, "bad department", http.StatusBadRequest)
		return
	}
	// ok: go-ldap-injection
	byDept := ldap.NewSearchRequest("ou=people,dc=corp,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(department="+dept+")", []string{"cn"}, nil)
	for _, req := range []*ldap.SearchRequest{byMail, byMailSafe, byDept} {
		if _, err := s.Dir.Search(req); err != nil {
			http.Error(w, "directory error", http.StatusBadGateway)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Service) Unsubscribe(w http.ResponseWriter, r *http.Request) {
	email := r.URL.Query().Get("email")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go-xss
	fmt.Fprintf(w, "<p>%s has been unsubscribed.</p>", email)
	// ok: go-xss
	fmt.Fprintf(w, "<p>%s</p>", template.HTMLEscapeString(email))
	// ok: go-xss
	fmt.Fprint(w, `<a href="/newsletter">Back to the newsletter</a>`)
}
