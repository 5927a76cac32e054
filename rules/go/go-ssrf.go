package proxy

import (
	"io"
	"net/http"
)

var allowedHosts = map[string]string{"weather": "https://api.weather.example/v1"}

func fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go-ssrf
	resp, err := http.Get(target)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func build(r *http.Request) (*http.Request, error) {
	// ruleid: go-ssrf
	return http.NewRequestWithContext(r.Context(), "GET", "http://"+r.FormValue("host")+"/status", nil)
}

func fetchKnown(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("svc")
	if _, ok := allowedHosts[name]; !ok {
		http.Error(w, "unknown service", http.StatusBadRequest)
		return
	}
	// ok: go-ssrf
	http.Get(allowedHosts["weather"])
	// ok: go-ssrf
	http.Get("https://api.weather.example/v1/today")
}
