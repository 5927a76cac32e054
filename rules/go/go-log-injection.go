package web

import (
	"context"
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

// A request derived from the one being served still carries its data.
func traced(w http.ResponseWriter, r *http.Request) {
	req := r.WithContext(context.Background())
	// ruleid: go-log-injection
	log.Printf("serving %s", req.URL.Path)
}

// A request the code builds itself (an HTTP client) holds no one else's data.
func callUpstream(token string) error {
	req, err := http.NewRequest("GET", "https://api.example.com/v1/items", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	// ok: go-log-injection
	log.Printf("calling %s", req.URL.Path)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func retryAll(pending []*http.Request) {
	for _, req := range pending {
		// ok: go-log-injection
		log.Printf("retrying %s", req.URL.Path)
	}
}
