package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

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

// Built over several lines into a variable: reported where it reaches the response.
func issue(w http.ResponseWriter, token string) {
	// ok: go-cookie-missing-httponly
	cookie := &http.Cookie{
		Name:  "session_token",
		Value: token,
		Path:  "/",
	}
	// ruleid: go-cookie-missing-httponly
	http.SetCookie(w, cookie)
}

func issueHardened(w http.ResponseWriter, token string) {
	cookie := &http.Cookie{
		Name:  "session_token",
		Value: token,
		Path:  "/",
	}
	cookie.HttpOnly = true
	cookie.Secure = true
	// ok: go-cookie-missing-httponly
	http.SetCookie(w, cookie)
}

// A helper that only builds the cookie: the literal itself.
func newAuthCookie(token string) *http.Cookie {
	// ruleid: go-cookie-missing-httponly
	c := &http.Cookie{Name: "auth", Value: token, Path: "/"}
	return c
}

func ginLogin(c *gin.Context, sid string) {
	// ruleid: go-cookie-missing-httponly
	c.SetCookie("session_id", sid, 3600, "/", "", true, false)
	// ok: go-cookie-missing-httponly
	c.SetCookie("session_id", sid, 3600, "/", "", true, true)
	// ok: go-cookie-missing-httponly
	c.SetCookie("lang", "en", 3600, "/", "", false, false)
}
