package web

import (
	"net/http"
	"strings"
)

var allowedNext = map[string]bool{"/home": true, "/settings": true}

func login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// ruleid: go-open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func loginSafe(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !allowedNext[next] {
		next = "/home"
	}
	// ok: go-open-redirect
	http.Redirect(w, r, "/home", http.StatusFound)
}

func legacy(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// ok: go-open-redirect
	http.Redirect(w, r, "/orders/"+id, http.StatusMovedPermanently)
	// ruleid: go-open-redirect
	http.Redirect(w, r, "/"+id, http.StatusMovedPermanently)
}

func back(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	if !strings.HasPrefix(next, "/account/") {
		next = "/account/"
	}
	// ok: go-open-redirect
	http.Redirect(w, r, next, http.StatusSeeOther)
	to := r.FormValue("to")
	if strings.HasPrefix(to, "/") {
		// "//evil.example" starts with "/" too.
		// ruleid: go-open-redirect
		http.Redirect(w, r, to, http.StatusSeeOther)
	}
}

func backLocal(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") {
		// ok: go-open-redirect
		http.Redirect(w, r, next, http.StatusFound)
		return
	}
	// ruleid: go-open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}
