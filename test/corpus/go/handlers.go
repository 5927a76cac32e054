package api

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

type Server struct{ db *sql.DB }

var sortable = map[string]bool{"name": true, "created_at": true}

func (s *Server) ListUsers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	order := q.Get("order")
	if !sortable[order] {
		order = "name"
	}
	team := q.Get("team")
	// ruleid: go-sql-injection
	rows, err := s.db.Query(fmt.Sprintf("SELECT id, name FROM users WHERE team = '%s'", team))
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	defer rows.Close()
	// ok: go-sql-injection
	rows2, _ := s.db.Query("SELECT id, name FROM users WHERE team = $1", team)
	defer rows2.Close()
}

func (s *Server) GetUser(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", 400)
		return
	}
	// ok: go-sql-injection
	row := s.db.QueryRow("SELECT name FROM users WHERE id = " + strconv.Itoa(id))
	_ = row
}

type updateReq struct {
	Name string `json:"name"`
}

func (s *Server) Rename(w http.ResponseWriter, r *http.Request) {
	var body updateReq
	json.NewDecoder(r.Body).Decode(&body)
	name := strings.TrimSpace(body.Name)
	// ruleid: go-sql-injection
	s.db.Exec("UPDATE users SET name = '" + name + "' WHERE id = 1")
	// ok: go-sql-injection
	s.db.Exec("UPDATE users SET name = $1 WHERE id = 1", name)
}

func filterClause(col, val string) string {
	return " WHERE " + col + " = '" + val + "'"
}

func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	// ruleid: go-sql-injection
	s.db.Query("SELECT id FROM users" + filterClause("email", email))
	// ok: go-sql-injection
	s.db.Query("SELECT id FROM users" + filterClause("email", "admin@example.com"))
}
