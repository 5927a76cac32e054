// Package main is the members' API of a wine club: cellar search, tasting notes, member directory.
package main

import (
	"context"
	"fmt"
	"html"
	"html/template"
	"log"
	"net/http"
	"os"

	"github.com/go-ldap/ldap/v3"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

var bottles *mongo.Collection

var notePage = template.Must(template.New("note").Parse(`<article>{{.Body}}</article>`))

var trustedOrigins = map[string]bool{"https://club.vinothek.example": true}

func withCORS(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		// ruleid: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next(w, r)
	}
}

func withStrictCORS(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if trustedOrigins[origin] {
			// ok: go-cors-credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next(w, r)
	}
}

func searchBottles(w http.ResponseWriter, r *http.Request) {
	region := r.URL.Query().Get("region")
	maxPrice := r.URL.Query().Get("max")
	// ok: go-nosql-injection
	cur, err := bottles.Find(context.TODO(), bson.M{"region": region})
	if err == nil {
		cur.Close(context.TODO())
	}
	// ruleid: go-nosql-injection
	cur, err = bottles.Find(context.TODO(), bson.M{"$where": "this.price <= " + maxPrice})
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer cur.Close(context.TODO())
	w.WriteHeader(http.StatusOK)
}

func findMember(w http.ResponseWriter, r *http.Request) {
	conn, err := ldap.DialURL("ldaps://ldap.vinothek.example")
	if err != nil {
		http.Error(w, "directory down", http.StatusBadGateway)
		return
	}
	defer conn.Close()
	conn.Bind("cn=api,dc=vinothek,dc=example", os.Getenv("LDAP_PASSWORD"))
	name := r.URL.Query().Get("name")
	city := r.URL.Query().Get("city")
	// ruleid: go-ldap-injection
	byName := ldap.NewSearchRequest("ou=members,dc=vinothek,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(cn=*"+name+"*)", []string{"cn", "mail"}, nil)
	// ok: go-ldap-injection
	byCity := ldap.NewSearchRequest("ou=members,dc=vinothek,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(l="+ldap.EscapeFilter(city)+")", []string{"cn"}, nil)
	for _, req := range []*ldap.SearchRequest{byName, byCity} {
		if res, err := conn.Search(req); err == nil {
			fmt.Fprintf(w, "%d\n", len(res.Entries))
		}
	}
}

func tastingNote(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("note")
	// ruleid: go-unescaped-html
	notePage.Execute(w, map[string]interface{}{"Body": template.HTML(body)})
	// ok: go-unescaped-html
	notePage.Execute(w, map[string]interface{}{"Body": template.HTML("<em>Notes are reviewed before publishing.</em>")})
}

func vintageEcho(w http.ResponseWriter, r *http.Request) {
	vintage := r.URL.Query().Get("vintage")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go-xss
	fmt.Fprintf(w, "<h2>Bottles from %s</h2>", vintage)
	// ok: go-xss
	fmt.Fprintf(w, "<h2>Bottles from %s</h2>", html.EscapeString(vintage))
}

func main() {
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI(os.Getenv("MONGO_URI")))
	if err != nil {
		log.Fatal(err)
	}
	bottles = client.Database("cellar").Collection("bottles")
	http.HandleFunc("/bottles", withCORS(searchBottles))
	http.HandleFunc("/members", withStrictCORS(findMember))
	http.HandleFunc("/notes", withStrictCORS(tastingNote))
	http.HandleFunc("/vintage", vintageEcho)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
