// Package tickets issues and validates timed-entry tickets for a museum: QR payloads, staff logins.
package tickets

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

// ruleid: go-hardcoded-credentials
const scannerAPIKey = "mus_sk_live_83fd0a9c1b7e44d2"

// ok: go-hardcoded-credentials
var signingKey = []byte(os.Getenv("TICKET_SIGNING_KEY"))

var staticIV = []byte("0123456789abcdef")

type Staff struct {
	Login        string
	PasswordHash string
}

func HashStaffPassword(password string) string {
	// ruleid: go-weak-password-hash
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func HashStaffPasswordV2(password string) (string, error) {
	// ok: go-weak-password-hash
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	return string(h), err
}

func TicketFingerprint(payload []byte) string {
	// ok: go-weak-password-hash
	sum := sha1.Sum(payload)
	return hex.EncodeToString(sum[:8])
}

func SealQR(payload []byte) ([]byte, error) {
	block, err := aes.NewCipher(signingKey[:32])
	if err != nil {
		return nil, err
	}
	// ruleid: go-broken-cipher
	mode := cipher.NewCBCEncrypter(block, staticIV)
	out := make([]byte, len(payload))
	mode.CryptBlocks(out, payload)
	return out, nil
}

func SealQRv2(payload []byte) ([]byte, error) {
	block, err := aes.NewCipher(signingKey[:32])
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	// ok: go-broken-cipher
	return gcm.Seal(nonce, nonce, payload, nil), nil
}

func LegacyTurnstileCode(code []byte) ([]byte, error) {
	// ruleid: go-broken-cipher
	block, err := des.NewCipher([]byte("turnstl1"))
	if err != nil {
		return nil, err
	}
	out := make([]byte, 8)
	block.Encrypt(out, code)
	return out, nil
}

func PeekTicket(r *http.Request) (jwt.MapClaims, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ruleid: go-jwt-unverified
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	return claims, err
}

func VerifyTicket(r *http.Request) (jwt.MapClaims, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	// ok: go-jwt-unverified
	tok, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return signingKey, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		return nil, errors.New("invalid ticket")
	}
	return tok.Claims.(jwt.MapClaims), nil
}

func ScannerAuthorised(r *http.Request) bool {
	got := sha256.Sum256([]byte(r.Header.Get("X-Scanner-Key")))
	want := sha256.Sum256([]byte(scannerAPIKey))
	return got == want
}
