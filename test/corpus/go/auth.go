package auth

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	mrand "math/rand"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

// ruleid: go-hardcoded-credentials
const adminPassword = "Tr0ub4dor&3horse"

// ok: go-hardcoded-credentials
const passwordParam = "password"

// ok: go-hardcoded-credentials
var jwtSecret = []byte(os.Getenv("JWT_SECRET"))

func HashPassword(password string) string {
	// ruleid: go-weak-password-hash
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func HashPasswordBcrypt(password string) ([]byte, error) {
	// ok: go-weak-password-hash
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func ContentETag(body []byte) string {
	// ok: go-weak-password-hash
	sum := md5.Sum(body)
	return `"` + hex.EncodeToString(sum[:]) + `"`
}

func GenerateSessionToken() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 32)
	for i := range b {
		// ruleid: go-weak-random
		b[i] = letters[mrand.Intn(len(letters))]
	}
	return string(b)
}

func NewSessionID() (string, error) {
	b := make([]byte, 32)
	// ok: go-weak-random
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func backoff(attempt int) time.Duration {
	// ok: go-weak-random
	jitter := time.Duration(mrand.Intn(100)) * time.Millisecond
	return time.Duration(attempt)*time.Second + jitter
}

func SetSession(w http.ResponseWriter, id string) {
	// ruleid: go-cookie-missing-secure, go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Path: "/"})
	// ok: go-cookie-missing-secure, go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	// ruleid: go-cookie-missing-httponly
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: id, Secure: true})
}

func ParseUnverified(tokenString string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// ruleid: go-jwt-unverified
	_, _, err := jwt.NewParser().ParseUnverified(tokenString, claims)
	return claims, err
}

func ParseAcceptingNone(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (any, error) {
		// ruleid: go-jwt-unverified
		return jwt.UnsafeAllowNoneSignatureType, nil
	})
}

func ParseVerified(tokenString string) (*jwt.Token, error) {
	// ok: go-jwt-unverified
	return jwt.Parse(tokenString, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return jwtSecret, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func APIKeyFingerprint(key string) string {
	// ok: go-weak-password-hash
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}
