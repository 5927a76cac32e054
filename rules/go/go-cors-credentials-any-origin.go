package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/cors"
)

func corsAny() *cors.Cors {
	// ruleid: go-cors-credentials-any-origin
	return cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: true})
}

func corsFunc() *cors.Cors {
	// ruleid: go-cors-credentials-any-origin
	return cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true },
		AllowCredentials: true,
	})
}

func reflect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func publicAPI() *cors.Cors {
	// ok: go-cors-credentials-any-origin
	return cors.New(cors.Options{AllowedOrigins: []string{"*"}})
}

func trusted() *cors.Cors {
	// ok: go-cors-credentials-any-origin
	return cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true})
}

func reflectNoCreds(w http.ResponseWriter, r *http.Request) {
	// ok: go-cors-credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
}

// The Origin header read into a variable and echoed back, with credentials.
func withCreds(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		from := r.Header.Get("Origin")
		if from != "" {
			// ruleid: go-cors-credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", from)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}

var allowedOrigins = map[string]bool{"https://app.example.com": true}

// ---- safe look-alikes: the origin is checked before it is echoed ----

func checkedMap(w http.ResponseWriter, r *http.Request) {
	from := r.Header.Get("Origin")
	if !allowedOrigins[from] {
		return
	}
	// ok: go-cors-credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", from)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func checkedFunc(w http.ResponseWriter, r *http.Request) {
	from := r.Header.Get("Origin")
	if originAllowed(from) {
		// ok: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", from)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

func checkedSwitch(w http.ResponseWriter, r *http.Request) {
	from := r.Header.Get("Origin")
	switch from {
	case "https://app.example.com", "https://admin.example.com":
		// ok: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", from)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

func configured(w http.ResponseWriter, r *http.Request, cfgOrigin string) {
	// ok: go-cors-credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", cfgOrigin)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func ginCORS(c *gin.Context) {
	origin := c.GetHeader("Origin")
	// ruleid: go-cors-credentials-any-origin
	c.Header("Access-Control-Allow-Origin", origin)
	c.Header("Access-Control-Allow-Credentials", "true")
	c.Next()
}

func ginCORSChecked(c *gin.Context) {
	origin := c.GetHeader("Origin")
	if allowedOrigins[origin] {
		// ok: go-cors-credentials-any-origin
		c.Header("Access-Control-Allow-Origin", origin)
		c.Header("Access-Control-Allow-Credentials", "true")
	}
	c.Next()
}
