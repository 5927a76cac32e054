package auth

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"
)

func storeUser(name, password string) string {
	// ruleid: go-weak-password-hash
	sum := md5.Sum([]byte(password))
	return name + ":" + hex.EncodeToString(sum[:])
}

func hashPassword(pw string) []byte {
	// ruleid: go-weak-password-hash
	h := sha1.New()
	io.WriteString(h, pw)
	return h.Sum(nil)
}

func signPayload(body []byte) []byte {
	// ruleid: go-weak-password-hash
	d := sha1.Sum(body)
	return d[:]
}

func apiSecretDigest(cfg Config) [20]byte {
	// ruleid: go-weak-password-hash
	return sha1.Sum([]byte(cfg.ClientSecret))
}

// ETags and cache keys are not security uses.
func etag(body []byte) string {
	// ok: go-weak-password-hash
	sum := md5.Sum(body)
	return hex.EncodeToString(sum[:])
}

func fileChecksum(r io.Reader) []byte {
	// ok: go-weak-password-hash
	h := md5.New()
	io.Copy(h, r)
	return h.Sum(nil)
}

func hashPasswordSHA256(password string) [32]byte {
	// ok: go-weak-password-hash
	return sha256.Sum256([]byte(password))
}

// ok: go-weak-password-hash
const note = "md5.Sum([]byte(password)) is unsafe"

type Config struct{ ClientSecret string }

func hashPIN(pin string) string {
	// ruleid: go-weak-password-hash
	h := sha1.New()
	h.Write([]byte(pin))
	return hex.EncodeToString(h.Sum(nil))
}
