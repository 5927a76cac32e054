package web

import (
	"log"
	"net/http"
	"strconv"
)

func audit(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	// ruleid: go-log-injection
	log.Printf("login attempt for %s", user)
	// ruleid: go-log-injection
	log.Println("login attempt for", user)
	// ok: go-log-injection
	log.Printf("login attempt for %q", user)
	// ok: go-log-injection
	log.Println("login attempt for", strconv.Quote(user))
}
