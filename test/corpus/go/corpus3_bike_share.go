// Package main is the rider API of a city bike-share scheme: dock lookup, ride history, promo codes.
package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"log"
	mrand "math/rand"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	_ "github.com/lib/pq"
)

var db *sql.DB

var allowedReturnHosts = map[string]bool{"app.citybikes.example": true, "citybikes.example": true}

func docksHandler(w http.ResponseWriter, r *http.Request) {
	district := r.URL.Query().Get("district")
	// ruleid: go-sql-injection
	rows, err := db.Query("SELECT id, name, free_bikes FROM docks WHERE district = '" + district + "'")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	json.NewEncoder(w).Encode(map[string]string{"district": district})
}

func ridesHandler(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 20
	}
	rider := r.Header.Get("X-Rider-Id")
	// ok: go-sql-injection
	rows, err := db.Query("SELECT id, started_at FROM rides WHERE rider_id = $1 ORDER BY started_at DESC LIMIT "+strconv.Itoa(limit), rider)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	w.WriteHeader(http.StatusOK)
}

func promoHandler(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-weak-random
	code := strconv.Itoa(100000 + mrand.Intn(900000))
	buf := make([]byte, 16)
	if _, err := rand.Read(buf); err != nil {
		http.Error(w, "entropy", http.StatusInternalServerError)
		return
	}
	// ok: go-weak-random
	jitter := mrand.Intn(30)
	sessionID := hex.EncodeToString(buf)
	// ruleid: go-cookie-missing-secure, go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sessionID, Path: "/"})
	// ok: go-cookie-missing-secure, go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "rider_session", Value: sessionID, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	json.NewEncoder(w).Encode(map[string]interface{}{"promo": code, "retryAfter": jitter})
}

func returnHandler(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if err == nil && allowedReturnHosts[u.Host] {
		// ok: go-open-redirect
		http.Redirect(w, r, u.String(), http.StatusFound)
		return
	}
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.FormValue("fallback"), http.StatusFound)
}

func weatherHandler(w http.ResponseWriter, r *http.Request) {
	station := r.URL.Query().Get("station")
	// ok: go-ssrf
	resp, err := http.Get("https://weather.citybikes.example/v1/stations/" + url.PathEscape(station))
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	callback := r.URL.Query().Get("callback")
	if strings.HasPrefix(callback, "http") {
		// ruleid: go-ssrf
		http.Post(callback, "application/json", strings.NewReader(`{"station":"`+station+`"}`))
	}
}

func main() {
	var err error
	db, err = sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/docks", docksHandler)
	http.HandleFunc("/rides", ridesHandler)
	http.HandleFunc("/promo", promoHandler)
	http.HandleFunc("/return", returnHandler)
	http.HandleFunc("/weather", weatherHandler)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
