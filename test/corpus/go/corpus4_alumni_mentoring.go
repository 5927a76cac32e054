// Package mentoring matches students with alumni mentors (net/http, go-ldap, mongo-driver, rs/cors).
package mentoring

import (
	"context"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-ldap/ldap/v3"
	"github.com/golang-jwt/jwt/v5"
	"github.com/rs/cors"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type Service struct {
	LDAP    *ldap.Conn
	Matches *mongo.Collection
	Key     []byte
}

var profileTmpl = template.Must(template.New("p").Parse(`<h1>{{.Name}}</h1><p>{{.Bio}}</p>`))

func (s *Service) Handler(mux *http.ServeMux) http.Handler {
	// ruleid: go-cors-credentials-any-origin
	c := cors.New(cors.Options{AllowOriginFunc: func(string) bool { return true }, AllowCredentials: true})
	return c.Handler(mux)
}

func (s *Service) AdminHandler(mux *http.ServeMux) http.Handler {
	// ok: go-cors-credentials-any-origin
	c := cors.New(cors.Options{AllowedOrigins: []string{"https://alumni.uni.example"}, AllowCredentials: true})
	return c.Handler(mux)
}

func (s *Service) FindMentor(w http.ResponseWriter, r *http.Request) {
	industry := r.URL.Query().Get("industry")
	filter := "(&(objectClass=alumnus)(industry=" + industry + "))"
	// ruleid: go-ldap-injection
	res, err := s.LDAP.Search(ldap.NewSearchRequest("ou=alumni,dc=uni,dc=example", ldap.ScopeWholeSubtree,
		ldap.NeverDerefAliases, 50, 0, false, filter, []string{"cn", "mail"}, nil))
	if err != nil {
		http.Error(w, "directory error", http.StatusBadGateway)
		return
	}
	// ruleid: go-log-injection
	log.Printf("mentor search industry=%s results=%d", industry, len(res.Entries))
	for _, e := range res.Entries {
		fmt.Fprintln(w, e.GetAttributeValue("cn"))
	}
}

func (s *Service) FindMentorByYear(w http.ResponseWriter, r *http.Request) {
	year, err := strconv.Atoi(r.URL.Query().Get("year"))
	if err != nil {
		http.Error(w, "year must be a number", http.StatusBadRequest)
		return
	}
	industry := ldap.EscapeFilter(r.URL.Query().Get("industry"))
	filter := fmt.Sprintf("(&(classYear=%d)(industry=%s))", year, industry)
	// ok: go-ldap-injection
	res, err := s.LDAP.Search(ldap.NewSearchRequest("ou=alumni,dc=uni,dc=example", ldap.ScopeWholeSubtree,
		ldap.NeverDerefAliases, 50, 0, false, filter, []string{"cn"}, nil))
	if err == nil {
		// ok: go-log-injection
		log.Printf("mentor search year=%d results=%d", year, len(res.Entries))
	}
}

func (s *Service) Matches(w http.ResponseWriter, r *http.Request) {
	skill := r.URL.Query().Get("skill")
	// ruleid: go-nosql-injection
	cur, err := s.Matches.Find(context.TODO(), bson.M{"$where": "this.skills.indexOf('" + skill + "') >= 0"})
	if err == nil {
		cur.Close(context.TODO())
	}
	// ok: go-nosql-injection
	cur2, err := s.Matches.Find(context.TODO(), bson.M{"skills": skill, "open": true})
	if err == nil {
		cur2.Close(context.TODO())
	}
}

func (s *Service) studentID(r *http.Request) string {
	parts := strings.Split(r.Header.Get("Authorization"), " ")
	raw := parts[len(parts)-1]
	// ok: go-jwt-unverified
	tok, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return s.Key, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		return ""
	}
	sub, _ := tok.Claims.GetSubject()
	return sub
}

func (s *Service) Profile(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{"Name": r.URL.Query().Get("name"), "Bio": r.URL.Query().Get("bio")}
	// ok: go-xss
	_ = profileTmpl.Execute(w, data)
}

func (s *Service) Card(w http.ResponseWriter, r *http.Request) {
	layout := r.FormValue("layout")
	// ruleid: go-template-injection
	t, err := template.New("card").Parse("<div class='card'>" + layout + "</div>")
	if err != nil {
		http.Error(w, "bad layout", http.StatusBadRequest)
		return
	}
	_ = t.Execute(w, map[string]string{"Student": s.studentID(r)})
}

func (s *Service) Intro(w http.ResponseWriter, r *http.Request) {
	mentor := r.URL.Query().Get("mentor")
	w.Header().Set("Content-Type", "text/html")
	// ruleid: go-xss
	w.Write([]byte("<p>We have introduced you to " + mentor + ".</p>"))
	// ok: go-xss
	w.Write([]byte("<p>Your student id is " + template.HTMLEscapeString(s.studentID(r)) + ".</p>"))
}

func (s *Service) Continue(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.URL.Query().Get("continue"), http.StatusFound)
}
