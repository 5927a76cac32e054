package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

const sessionCookieName = "sid"

func login(w http.ResponseWriter, sid string) {
	// ruleid: go-cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, HttpOnly: true, Path: "/"})
}

func remember(w http.ResponseWriter, token string) {
	c := http.Cookie{Name: sessionCookieName, Value: token, Secure: false, HttpOnly: true}
	// ruleid: go-cookie-missing-secure
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

// Built over several lines into a variable: reported where it reaches the response.
func issue(w http.ResponseWriter, token string) {
	// ok: go-cookie-missing-secure
	cookie := &http.Cookie{
		Name:  "session_token",
		Value: token,
		Path:  "/",
	}
	// ruleid: go-cookie-missing-secure
	http.SetCookie(w, cookie)
}

func issueHardened(w http.ResponseWriter, token string) {
	cookie := &http.Cookie{
		Name:  "session_token",
		Value: token,
		Path:  "/",
	}
	cookie.Secure = true
	cookie.HttpOnly = true
	// ok: go-cookie-missing-secure
	http.SetCookie(w, cookie)
}

// A helper that only builds the cookie: the literal itself.
func newAuthCookie(token string) *http.Cookie {
	// ruleid: go-cookie-missing-secure
	c := &http.Cookie{Name: "auth", Value: token, Path: "/"}
	return c
}

func ginLogin(c *gin.Context, sid string) {
	// ruleid: go-cookie-missing-secure
	c.SetCookie("session_id", sid, 3600, "/", "", false, true)
	// ok: go-cookie-missing-secure
	c.SetCookie("session_id", sid, 3600, "/", "", true, true)
	// ok: go-cookie-missing-secure
	c.SetCookie("lang", "en", 3600, "/", "", false, false)
}
