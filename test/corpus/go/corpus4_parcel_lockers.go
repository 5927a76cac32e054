// Package lockers is the back office for a parcel-locker network: unlock codes, courier webhooks, locker links.
package lockers

import (
	"crypto/rand"
	"crypto/sha1"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	mrand "math/rand"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// ruleid: go-hardcoded-credentials
var lockerMgmtPassword = "L0ckerNet!admin"

// ok: go-hardcoded-credentials
var lockerMgmtUser = os.Getenv("LOCKER_MGMT_USER")

var courierHosts = map[string]bool{"hooks.parcelco.example": true, "api.quickship.example": true}

// Lockers sit on a private APN with self-signed certificates.
var lockerClient = &http.Client{
	Timeout: 5 * time.Second,
	Transport: &http.Transport{
		// ruleid: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	},
}

var courierClient = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		// ok: go-tls-insecure-skip-verify, go-tls-weak-version
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: false},
	},
}

func legacyKioskTLS() *tls.Config {
	// ruleid: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS10}
}

func unlockCode() string {
	// ruleid: go-weak-random
	return fmt.Sprintf("%06d", mrand.Intn(1000000))
}

func unlockCodeSecure() (string, error) {
	// ok: go-weak-random
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func pickLocker(free []string) string {
	// ok: go-weak-random
	return free[mrand.Intn(len(free))]
}

func hashPIN(pin string) string {
	// ruleid: go-weak-password-hash
	h := sha1.New()
	h.Write([]byte(pin))
	return hex.EncodeToString(h.Sum(nil))
}

type webhookReq struct {
	Courier  string `json:"courier"`
	Callback string `json:"callback"`
}

func RegisterWebhook(w http.ResponseWriter, r *http.Request) {
	var req webhookReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	// ruleid: go-ssrf
	resp, err := http.Post(req.Callback, "application/json", strings.NewReader(`{"ping":true}`))
	if err != nil {
		http.Error(w, "callback unreachable", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusCreated)
}

func RegisterWebhookChecked(w http.ResponseWriter, r *http.Request) {
	var req webhookReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(req.Callback)
	if err != nil || u.Scheme != "https" || !courierHosts[u.Hostname()] {
		http.Error(w, "callback host not allowed", http.StatusBadRequest)
		return
	}
	// ok: go-ssrf
	resp, err := courierClient.Post(u.String(), "application/json", strings.NewReader(`{"ping":true}`))
	if err == nil {
		resp.Body.Close()
	}
	w.WriteHeader(http.StatusCreated)
}

func OpenLocker(w http.ResponseWriter, r *http.Request) {
	site := r.URL.Query().Get("site")
	door := r.URL.Query().Get("door")
	code := unlockCode()
	target := fmt.Sprintf("https://%s.lockers.internal/doors/%s/open", site, url.PathEscape(door))
	req, _ := http.NewRequest(http.MethodPost, target, strings.NewReader(code))
	req.SetBasicAuth(lockerMgmtUser, lockerMgmtPassword)
	// ruleid: go-ssrf
	resp, err := lockerClient.Do(req)
	if err != nil {
		http.Error(w, "locker offline", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	secure, _ := unlockCodeSecure()
	json.NewEncoder(w).Encode(map[string]string{"code": code, "backup": secure, "pinHash": hashPIN(code), "locker": pickLocker([]string{"A1", "A2"})})
}
