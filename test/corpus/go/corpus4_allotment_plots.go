// Command allotments serves the plot waiting list and harvest-share board for a community allotment society.
package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"html"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	_ "github.com/lib/pq"
)

const noticeDir = "/srv/allotments/notices"
type server struct {
	db *sql.DB
}

func siteFilter(r *http.Request) string {
	site := r.URL.Query().Get("site")
	return fmt.Sprintf("site_name = '%s'", site)
}

func (s *server) plots(w http.ResponseWriter, r *http.Request) {
	query := "SELECT plot_no, size_m2, tenant FROM plots WHERE " + siteFilter(r)
	// ruleid: go-sql-injection
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	fmt.Fprintln(w, "ok")
}

func (s *server) waitingList(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	pos, _ := strconv.Atoi(r.URL.Query().Get("from"))
	// ok: go-sql-injection
	rows, err := s.db.Query("SELECT name, joined FROM waiting WHERE site_name = $1 AND position >= $2", site, pos)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	// ok: go-sql-injection
	row := s.db.QueryRow(fmt.Sprintf("SELECT count(*) FROM waiting WHERE position >= %d", pos))
	var n int
	_ = row.Scan(&n)
	fmt.Fprintf(w, "%d waiting\n", n)
}

func (s *server) offerShare(w http.ResponseWriter, r *http.Request) {
	crop := r.FormValue("crop")
	member := r.FormValue("member")
	// ok: go-sql-injection
	_, err := s.db.Exec("INSERT INTO shares (crop, member) VALUES ($1, $2)", crop, member)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	// ruleid: go-log-injection
	log.Printf("share offered: %s by %s", crop, member)
	// ok: go-log-injection
	log.Printf("share offered: %q by %q", crop, member)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go-xss
	fmt.Fprintf(w, "<p>Thanks! Your %s has been listed.</p>", crop)
	// ok: go-xss
	fmt.Fprintf(w, "<p>Listed by %s.</p>", html.EscapeString(member))
}

func (s *server) notice(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: go-path-traversal
	data, err := os.ReadFile(filepath.Join(noticeDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func (s *server) noticeSafe(w http.ResponseWriter, r *http.Request) {
	full := filepath.Join(noticeDir, filepath.Clean("/"+r.URL.Query().Get("file")))
	if !strings.HasPrefix(full, noticeDir+string(os.PathSeparator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	http.ServeFile(w, r, full)
}

func (s *server) back(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if u, err := url.Parse(next); err == nil && u.Host == "" && u.Scheme == "" && strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") {
		// ok: go-open-redirect
		http.Redirect(w, r, next, http.StatusFound)
		return
	}
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.Referer(), http.StatusFound)
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 16)
	if _, err := rand.Read(buf); err != nil {
		http.Error(w, "rng", http.StatusInternalServerError)
		return
	}
	token := hex.EncodeToString(buf)
	// ruleid: go-cookie-missing-httponly, go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "allot_session", Value: token, Path: "/"})
	// ok: go-cookie-missing-httponly, go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "allot_session2", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	fmt.Fprintln(w, "signed in")
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("ALLOTMENTS_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db}
	http.HandleFunc("/plots", s.plots)
	http.HandleFunc("/waiting", s.waitingList)
	http.HandleFunc("/shares", s.offerShare)
	http.HandleFunc("/notice", s.notice)
	http.HandleFunc("/notice-safe", s.noticeSafe)
	http.HandleFunc("/back", s.back)
	http.HandleFunc("/login", s.login)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
