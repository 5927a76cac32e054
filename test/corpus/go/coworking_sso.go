// Package sso issues door-access and member-portal credentials for a chain of coworking spaces.
package sso

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// ruleid: go-hardcoded-credentials
const doorControllerPassword = "Kx9!vR2#pL7qWz4m"

// ok: go-hardcoded-credentials
const passwordResetPath = "/members/password-reset"

var badgeReaderKey = []byte(os.Getenv("BADGE_READER_KEY"))

var portalSigningKey = []byte(os.Getenv("PORTAL_JWT_KEY"))

// MemberClaims is what the portal puts in its session JWT.
type MemberClaims struct {
	MemberID string `json:"mid"`
	Space    string `json:"space"`
	jwt.RegisteredClaims
}

// DoorPIN is the 6-digit code members type at the door keypad.
func DoorPIN() string {
	// ruleid: go-weak-random
	return fmt.Sprintf("%06d", mrand.Intn(1000000))
}

// DeskShuffle picks a random free desk for drop-in members.
func DeskShuffle(desks []string) string {
	// ok: go-weak-random
	return desks[mrand.Intn(len(desks))]
}

// InviteToken is emailed to new members.
func InviteToken() (string, error) {
	b := make([]byte, 24)
	// ok: go-weak-random
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// LegacyPortalHash is how members of the first space were stored before the migration.
func LegacyPortalHash(password string) string {
	// ruleid: go-weak-password-hash
	sum := md5.Sum([]byte("cowork:" + password))
	return hex.EncodeToString(sum[:])
}

// FloorPlanETag identifies a floor-plan image version for caching.
func FloorPlanETag(png []byte) string {
	// ok: go-weak-password-hash
	return fmt.Sprintf(`"%x"`, md5.Sum(png))
}

// EncryptBadge writes a member id to the legacy badge readers (they only speak DES).
func EncryptBadge(memberID string) ([]byte, error) {
	// ruleid: go-broken-cipher
	block, err := des.NewCipher(badgeReaderKey[:8])
	if err != nil {
		return nil, err
	}
	out := make([]byte, 8)
	block.Encrypt(out, []byte(fmt.Sprintf("%-8s", memberID))[:8])
	return out, nil
}

// SealVisitorPass encrypts a visitor pass for the QR code.
func SealVisitorPass(key, pass []byte) ([]byte, error) {
	// ok: go-broken-cipher
	block, err := aes.NewCipher(key)
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
	return gcm.Seal(nonce, nonce, pass, nil), nil
}

// ParseSession reads the portal session cookie.
func ParseSession(raw string) (*MemberClaims, error) {
	claims := &MemberClaims{}
	// ok: go-jwt-unverified
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { return portalSigningKey, nil }, jwt.WithValidMethods([]string{"HS256"}))
	return claims, err
}

// DoorAccessMember tells the door controller which member is at the door; the door opens if
// that member has an active plan.
func DoorAccessMember(r *http.Request) string {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := &MemberClaims{}
	// ruleid: go-jwt-unverified
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return ""
	}
	return claims.MemberID
}

// DoorControllerClient talks to the on-site door controllers (self-signed certs on a private LAN).
func DoorControllerClient() *http.Client {
	tlsCfg := &tls.Config{
		// ruleid: go-tls-insecure-skip-verify
		InsecureSkipVerify: true,
		// ruleid: go-tls-weak-version
		MinVersion: tls.VersionTLS10,
	}
	return &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}}
}

// BillingClient talks to the payment provider.
func BillingClient() *http.Client {
	// ok: go-tls-insecure-skip-verify, go-tls-weak-version
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}}
}
