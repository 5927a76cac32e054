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

// The verb that prints each argument decides: %q quotes, %d formats a number; %s and %v print raw.
func parse(w http.ResponseWriter, r *http.Request) {
	raw := r.FormValue("limit")
	n, err := strconv.Atoi(raw)
	if err != nil {
		// ok: go-log-injection
		log.Printf("bad limit %q: %v", raw, err)
		return
	}
	// ruleid: go-log-injection
	log.Printf("limit %d requested by %s", n, raw)
	// ruleid: go-log-injection
	log.Printf("%*s requested", 10, raw)
	// ok: go-log-injection
	log.Printf("%5.2f%% of %q", 12.5, raw)
}
