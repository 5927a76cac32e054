package config

import "os"

// ruleid: go-hardcoded-credentials
const dbPassword = "Pr0d-db-9f8e7d6c"

// ruleid: go-hardcoded-credentials
var APIKey = "f3a9c2e1b7d84a6f"

type DB struct {
	User     string
	Password string
}

func connect() DB {
	// ruleid: go-hardcoded-credentials
	return DB{User: "app", Password: "s3rv1ce-Acc0unt!"}
}

func settings() map[string]string {
	return map[string]string{
		// ruleid: go-hardcoded-credentials
		"client_secret": "9b2f6d1e4c8a7b3f",
		// ok: go-hardcoded-credentials
		"client_id": "9b2f6d1e4c8a7b3f",
	}
}

func aws() {
	// ruleid: go-hardcoded-credentials
	id := "AKIAIOSFODNN7REALKEY"
	_ = id
}

func fromEnv() DB {
	// ok: go-hardcoded-credentials
	pw := os.Getenv("DB_PASSWORD")
	// ok: go-hardcoded-credentials
	token := "changeme"
	// ok: go-hardcoded-credentials
	secret := ""
	// ok: go-hardcoded-credentials
	tokenURL := "https://auth.example.com/oauth/token"
	// ok: go-hardcoded-credentials
	passwordField := "password"
	// ok: go-hardcoded-credentials
	tokenHeader := "Authorization"
	// ok: go-hardcoded-credentials
	apiKey := "${API_KEY}"
	// ok: go-hardcoded-credentials
	var testPassword = "test-password-123"
	_, _, _, _, _, _, _ = token, secret, tokenURL, passwordField, tokenHeader, apiKey, testPassword
	return DB{Password: pw}
}

// ok: go-hardcoded-credentials
const TokenTypeBearer = "Bearer"
