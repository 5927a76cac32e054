package gateway

import "crypto/tls"

func legacyServer() *tls.Config {
	// ruleid: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS10}
}

func legacyClient(cfg *tls.Config) {
	// ruleid: go-tls-weak-version
	cfg.MinVersion = tls.VersionSSL30
}

func modern() *tls.Config {
	// ok: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

func describe(v uint16) string {
	switch v {
	// ok: go-tls-weak-version
	case tls.VersionTLS10:
		return "TLS 1.0"
	}
	return "other"
}
