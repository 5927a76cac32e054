// Package docks books loading-dock time slots for carriers at a distribution centre.
package docks

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

const traceQueries = false

type Handler struct {
	DB *sql.DB
}

func (h *Handler) Slots(w http.ResponseWriter, r *http.Request) {
	dock, err := strconv.Atoi(r.URL.Query().Get("dock"))
	if err != nil {
		http.Error(w, "dock must be a number", http.StatusBadRequest)
		return
	}
	// ok: go-sql-injection
	rows, err := h.DB.Query("SELECT id, starts_at FROM slots WHERE dock = " + strconv.Itoa(dock) + " AND booked = false")
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	rows.Close()
	carrier := r.URL.Query().Get("carrier")
	query := "SELECT id FROM bookings WHERE carrier = '" + carrier + "'"
	if traceQueries {
		// ok: go-log-injection
		log.Printf("query: %s", query)
	}
	query = "SELECT id FROM bookings WHERE carrier = $1"
	// ok: go-sql-injection
	rows, err = h.DB.Query(query, carrier)
	if err == nil {
		rows.Close()
	}
	// ruleid: go-sql-injection
	rows, err = h.DB.Query("SELECT id FROM bookings WHERE trailer = '" + strings.TrimSpace(r.URL.Query().Get("trailer")) + "'")
	if err == nil {
		rows.Close()
	}
}

func (h *Handler) Book(w http.ResponseWriter, r *http.Request) {
	kind := r.PostFormValue("kind")
	switch kind {
	case "inbound", "outbound", "crossdock":
	default:
		kind = "inbound"
	}
	// ok: go-sql-injection
	if _, err := h.DB.Exec(fmt.Sprintf("INSERT INTO bookings (kind, carrier) VALUES ('%s', $1)", kind), r.PostFormValue("carrier")); err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	// ruleid: go-log-injection
	log.Println("booking created for carrier " + r.PostFormValue("carrier"))
	back := r.PostFormValue("back")
	if !strings.HasPrefix(back, "/docks/") || strings.HasPrefix(back, "//") || strings.Contains(back, "\\") {
		back = "/docks/"
	}
	// ok: go-open-redirect
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func (h *Handler) PrintLabel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("booking"))
	if err != nil {
		http.Error(w, "bad booking id", http.StatusBadRequest)
		return
	}
	// ok: go-command-injection
	if err := exec.Command("sh", "-c", fmt.Sprintf("dock-label --booking %d | lp -d dock-printer", id)).Run(); err != nil {
		http.Error(w, "printer error", http.StatusBadGateway)
		return
	}
	printer := r.URL.Query().Get("printer")
	// ruleid: go-command-injection
	exec.Command("sh", "-c", "lpstat -p "+printer).Run()
	// ok: go-command-injection
	exec.Command("lpstat", "-p", printer).Run()
	// ok: go-path-traversal
	http.ServeFile(w, r, filepath.Join("/srv/docks/labels", filepath.Base(r.URL.Query().Get("file"))))
}

func (h *Handler) Greeting(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("driver")
	name = "driver"
	// ok: go-xss
	fmt.Fprintf(w, "<p>Welcome, %s. Please report to the gatehouse.</p>", name)
	// ruleid: go-xss
	fmt.Fprintf(w, "<p>Your trailer: %s</p>", r.URL.Query().Get("trailer"))
}
