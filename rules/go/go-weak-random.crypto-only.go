package auth

// A file that only imports crypto/rand: rand.Int here is the secure one.
import (
	"crypto/rand"
	"math/big"
)

func newToken() (*big.Int, error) {
	// ok: go-weak-random
	token, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	return token, err
}
