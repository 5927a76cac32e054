// Package permits serves the city's residential parking-permit portal (net/http + database/sql).
package permits

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

var zoneOrder = map[string]string{"zone": "zone_code", "expiry": "expires_on", "plate": "plate"}

var receiptTmpl = template.Must(template.New("receipt").Parse(`<h1>Permit {{.Number}}</h1><p>Plate: {{.Plate}}</p>`))

type Server struct {
	DB *sql.DB
}

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/permits", s.listPermits)
	mux.HandleFunc("/permits/search", s.searchPermits)
	mux.HandleFunc("/permits/receipt", s.receipt)
	mux.HandleFunc("/permits/renew", s.renew)
	mux.HandleFunc("/login/callback", s.loginCallback)
	mux.HandleFunc("/visitor-pass", s.visitorPass)
}

func (s *Server) listPermits(w http.ResponseWriter, r *http.Request) {
	col, ok := zoneOrder[r.URL.Query().Get("sort")]
	if !ok {
		col = "expires_on"
	}
	// ok: go-sql-injection
	rows, err := s.DB.Query("SELECT number, plate, zone_code FROM permits WHERE resident_id = $1 ORDER BY "+col, r.Header.Get("X-Resident-ID"))
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

func (s *Server) searchPermits(w http.ResponseWriter, r *http.Request) {
	plate := strings.ToUpper(r.FormValue("plate"))
	// ruleid: go-sql-injection
	rows, err := s.DB.Query(fmt.Sprintf("SELECT number, zone_code FROM permits WHERE plate LIKE '%%%s%%'", plate))
	if err != nil {
		// ruleid: go-xss
		fmt.Fprintf(w, "<p>No permit for plate <b>%s</b></p>", plate)
		return
	}
	defer rows.Close()
	// ok: go-xss
	fmt.Fprintf(w, "<p>Results for <b>%s</b></p>", template.HTMLEscapeString(plate))
}

func (s *Server) receipt(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "bad permit number", http.StatusBadRequest)
		return
	}
	var plate string
	// ok: go-sql-injection
	if err := s.DB.QueryRow(fmt.Sprintf("SELECT plate FROM permits WHERE number = %d", n)).Scan(&plate); err != nil {
		http.NotFound(w, r)
		return
	}
	// ok: go-xss
	receiptTmpl.Execute(w, map[string]any{"Number": n, "Plate": plate})
}

func (s *Server) renew(w http.ResponseWriter, r *http.Request) {
	number := r.PostFormValue("number")
	// ok: go-sql-injection
	if _, err := s.DB.Exec("UPDATE permits SET expires_on = expires_on + interval '1 year' WHERE number = $1", number); err != nil {
		// ruleid: go-log-injection
		log.Printf("renewal failed for permit %s: %v", number, err)
		http.Error(w, "renewal failed", http.StatusInternalServerError)
		return
	}
	// ok: go-log-injection
	log.Printf("renewed permit %q", number)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) loginCallback(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// ruleid: go-cookie-missing-secure, go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "permit_session", Value: r.URL.Query().Get("sid"), Path: "/"})
	if u, err := url.Parse(next); err == nil && u.Host == "" && u.Scheme == "" && strings.HasPrefix(u.Path, "/permits") {
		// ok: go-open-redirect
		http.Redirect(w, r, u.Path, http.StatusFound)
		return
	}
	// ruleid: go-open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func (s *Server) visitorPass(w http.ResponseWriter, r *http.Request) {
	// ok: go-cookie-missing-secure, go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "permit_session", Value: r.URL.Query().Get("sid"), Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	// ok: go-cookie-missing-secure, go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en", Path: "/"})
	origin := r.Header.Get("Origin")
	// ruleid: go-cors-credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", origin)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
	w.Write([]byte(`{"pass":"pending"}`))
}
