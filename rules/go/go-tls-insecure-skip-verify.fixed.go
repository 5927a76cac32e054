package gateway

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
)

func insecureClient() *http.Client {
	// ruleid: go-tls-insecure-skip-verify
	cfg := &tls.Config{InsecureSkipVerify: false}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func patchTransport(t *http.Transport) {
	t.TLSClientConfig = &tls.Config{}
	// ruleid: go-tls-insecure-skip-verify
	t.TLSClientConfig.InsecureSkipVerify = false
}

func privateCA(pool *x509.CertPool) *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{RootCAs: pool, InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
}

func fromFlag(skip bool) *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{InsecureSkipVerify: skip && false}
}

// ok: go-tls-insecure-skip-verify
const doc = "never set InsecureSkipVerify: true in production"

// A comment mentioning InsecureSkipVerify: true is not code.
// ok: go-tls-insecure-skip-verify
var unrelated = map[string]bool{"InsecureSkipVerify": true}
