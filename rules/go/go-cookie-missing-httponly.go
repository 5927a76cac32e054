package web

import "net/http"

func login(w http.ResponseWriter, sid string) {
	// ruleid: go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Secure: true})
}

func authCookie(token string) *http.Cookie {
	// ruleid: go-cookie-missing-httponly
	return &http.Cookie{Name: "auth_token", Value: token, Secure: true, HttpOnly: false}
}

func loginSafe(w http.ResponseWriter, sid string) {
	// ok: go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Secure: true, HttpOnly: true})
}

func locale(w http.ResponseWriter, l string) {
	// ok: go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: l, Secure: true})
}
