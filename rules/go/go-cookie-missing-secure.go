package web

import "net/http"

const sessionCookieName = "sid"

func login(w http.ResponseWriter, sid string) {
	// ruleid: go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, HttpOnly: true, Path: "/"})
}

func remember(w http.ResponseWriter, token string) {
	// ruleid: go-cookie-missing-secure
	c := http.Cookie{Name: sessionCookieName, Value: token, Secure: false, HttpOnly: true}
	http.SetCookie(w, &c)
}

func loginSafe(w http.ResponseWriter, sid string) {
	// ok: go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// A theme preference is not a secret.
func theme(w http.ResponseWriter, t string) {
	// ok: go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: t})
}

func readSession(r *http.Request) string {
	// ok: go-cookie-missing-secure
	c, err := r.Cookie("session_id")
	if err != nil {
		return ""
	}
	return c.Value
}
