package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/gin-gonic/gin"
)

var db *sql.DB
var allowedColumns = map[string]bool{"name": true, "email": true}

func userHandler(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// ruleid: go-sql-injection
	rows, err := db.Query("SELECT * FROM users WHERE id = '" + id + "'")
	// ok: go-sql-injection
	rows2, err := db.Query("SELECT * FROM users WHERE id = $1", id)
	q := fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", r.FormValue("name"))
	// ruleid: go-sql-injection
	db.Exec(q)
	n, err := strconv.Atoi(r.FormValue("n"))
	// ok: go-sql-injection
	db.Query("SELECT * FROM users LIMIT " + strconv.Itoa(n))
	var sb strings.Builder
	sb.WriteString("SELECT * FROM users WHERE city = '")
	sb.WriteString(r.Header.Get("X-City"))
	// ruleid: go-sql-injection
	db.QueryContext(r.Context(), sb.String())
	fmt.Println(rows, rows2, err)
}

func sortHandler(w http.ResponseWriter, r *http.Request) {
	col := r.URL.Query().Get("sort")
	if !allowedColumns[col] {
		http.Error(w, "bad sort", http.StatusBadRequest)
		return
	}
	// ok: go-sql-injection
	db.Query("SELECT * FROM users ORDER BY " + col)
	filter := r.FormValue("filter")
	filter = "active"
	// ok: go-sql-injection
	db.Query("SELECT * FROM users WHERE state = '" + filter + "'")
	if false {
		// ok: go-sql-injection
		db.Query("SELECT " + r.FormValue("x"))
	}
	parts := map[string]string{"table": "users", "who": r.FormValue("who")}
	// ok: go-sql-injection
	db.Query("SELECT * FROM " + parts["table"])
	// ruleid: go-sql-injection
	db.Query("SELECT * FROM users WHERE who = '" + parts["who"] + "'")
}

func where(field string, value string) string {
	return " WHERE " + field + " = '" + value + "'"
}

func ginHandler(c *gin.Context) {
	name := c.Query("name")
	// ruleid: go-sql-injection
	db.Exec("DELETE FROM users" + where("name", name))
	// ok: go-sql-injection
	db.Exec("DELETE FROM users" + where("name", "bob"))
	// ok: go-sql-injection
	db.Exec("DELETE FROM users WHERE name = ?", name)
}

func main() {
	// ruleid: go-sql-injection
	db.Exec("DROP TABLE " + os.Args[1])
	// Same method names, not SQL: a program to run and a URL to fetch.
	// ok: go-sql-injection
	syscall.Exec(os.Args[1], os.Args[1:], os.Environ())
	// ok: go-sql-injection
	http.Get("https://mirror.example/" + os.Args[2])
}

func importRates(db *sql.DB) error {
	resp, err := http.Get("https://rates.example.com/today")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var rates map[string]string
	if err := json.NewDecoder(resp.Body).Decode(&rates); err != nil {
		return err
	}
	for code, rate := range rates {
		// ruleid: go-sql-injection
		db.Exec("UPDATE fx SET rate = " + rate + " WHERE code = '" + code + "'")
		// ok: go-sql-injection
		db.Exec("UPDATE fx SET rate = $1 WHERE code = $2", rate, code)
	}
	return nil
}


// Loop variables carry the data of what the loop ranges over.
func lookupMany(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	for _, id := range r.URL.Query()["id"] {
		// ruleid: go-sql-injection
		db.Query("SELECT name FROM items WHERE id = " + id)
		// ok: go-sql-injection
		db.Query("SELECT name FROM items WHERE id = $1", id)
	}
	for i := range []int{1, 2, 3} {
		// ok: go-sql-injection
		db.Query("SELECT name FROM items LIMIT " + strconv.Itoa(i))
	}
}
