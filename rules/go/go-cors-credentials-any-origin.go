package web

import (
	"net/http"

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
