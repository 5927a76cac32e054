package auth

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/big"
	"math/rand"
	"strconv"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

func newSessionID() string {
	// ruleid: go-weak-random
	return strconv.FormatInt(rand.Int63(), 36)
}

func issue() string {
	// ruleid: go-weak-random
	resetToken := strconv.Itoa(rand.Int())
	return resetToken
}

func generatePassword(n int) string {
	b := make([]byte, n)
	for i := range b {
		// ruleid: go-weak-random
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func otp() {
	var code int
	// ruleid: go-weak-random
	var otpCode = rand.Intn(1000000)
	code = otpCode
	_ = code
}

// Jitter, sampling and shuffling are not security uses.
func backoff(attempt int) time.Duration {
	// ok: go-weak-random
	jitter := time.Duration(rand.Intn(100)) * time.Millisecond
	return time.Duration(attempt)*time.Second + jitter
}

func pickToken(tokens []string) string {
	// ok: go-weak-random
	i := rand.Intn(len(tokens))
	return tokens[i]
}

func secureToken() (string, error) {
	b := make([]byte, 32)
	// ok: go-weak-random
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	// ok: go-weak-random
	n, err := crand.Int(crand.Reader, big.NewInt(1000000))
	_ = n
	return hex.EncodeToString(b), err
}

type hello struct{ sessionID []byte }

func randomBytes(n int) []byte { return make([]byte, n) }

func fuzz(m *hello) {
	// ok: go-weak-random
	m.sessionID = randomBytes(rand.Intn(32))
	// ok: go-weak-random
	sessionToken := make([]byte, rand.Intn(16)+16)
	_ = sessionToken
}

// DoorPIN is the 6-digit code typed at the door keypad.
func DoorPIN() string {
	// ruleid: go-weak-random
	return strconv.Itoa(100000 + rand.Intn(900000))
}

// PinCount is how many pins a board has, for a simulation.
func PinCount() int {
	// ok: go-weak-random
	return 8 + rand.Intn(32)
}

func promoHandler() string {
	// ok: go-weak-random
	jitter := rand.Intn(30)
	time.Sleep(time.Duration(jitter) * time.Millisecond)
	// ruleid: go-weak-random
	return strconv.Itoa(100000 + rand.Intn(900000))
}

// A zero-padded random number is a code someone types, whatever it is called.
func pickupCode() string {
	// ruleid: go-weak-random
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

func lockerLabel(n int) string {
	// ok: go-weak-random
	return fmt.Sprintf("L-%03d-%d", n, rand.Intn(4))
}
