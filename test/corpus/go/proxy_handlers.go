package gateway

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"strings"
	"text/template"
)

var partnerHosts = map[string]bool{"api.partner-a.com": true, "api.partner-b.com": true}

// Fetch proxies a partner API call for the browser (avoids CORS on the partner side).
func Fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go-ssrf
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func FetchPartner(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || u.Scheme != "https" || !partnerHosts[u.Hostname()] {
		http.Error(w, "host not allowed", http.StatusBadRequest)
		return
	}
	// ok: go-ssrf
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	// ok: go-ssrf
	status, _ := http.Get("https://status.partner-a.com/health")
	if status != nil {
		status.Body.Close()
	}
	io.Copy(w, resp.Body)
}

func Logout(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// url.Parse rejects control characters (so "/\t/evil.com" cannot become "//evil.com" in the browser);
	// a local path without scheme or host, not starting with "//" or containing "\\", stays on this site.
	if u, err := url.Parse(next); err == nil && u.Scheme == "" && u.Host == "" && strings.HasPrefix(u.Path, "/") && !strings.HasPrefix(u.Path, "//") && !strings.Contains(u.Path, "\\") {
		// ok: go-open-redirect
		http.Redirect(w, r, u.RequestURI(), http.StatusFound)
		return
	}
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.FormValue("return_to"), http.StatusFound)
	// ok: go-open-redirect
	http.Redirect(w, r, "/login", http.StatusFound)
}

func Greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go-xss
	fmt.Fprintf(w, "<p>Hello, %s!</p>", name)
	// ok: go-xss
	fmt.Fprintf(w, "<p>Hello, %s!</p>", html.EscapeString(name))
	// ok: go-xss
	fmt.Fprintf(w, "<p>%d visitors today</p>", 42)
	// ruleid: go-xss
	w.Write([]byte("<div>" + r.Referer() + "</div>"))
}

func Banner(w http.ResponseWriter, r *http.Request) {
	msg := r.FormValue("msg")
	// ruleid: go-template-injection
	t, err := template.New("banner").Parse("<div class=banner>" + msg + "</div>")
	if err != nil {
		return
	}
	t.Execute(w, nil)
	// ok: go-template-injection
	t2 := template.Must(template.New("banner").Parse("<div class=banner>{{.}}</div>"))
	t2.Execute(io.Discard, msg)
}

// CORS middleware for the public API.
func CORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		// ruleid: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

var trustedOrigins = map[string]bool{"https://app.example.com": true}

func StrictCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if trustedOrigins[origin] {
			// ok: go-cors-credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}
