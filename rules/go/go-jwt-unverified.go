package auth

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

func userFromToken(raw string) (string, error) {
	claims := jwt.MapClaims{}
	// ruleid: go-jwt-unverified
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err != nil {
		return "", err
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}

func keyFunc(t *jwt.Token) (interface{}, error) {
	// ruleid: go-jwt-unverified
	return jwt.UnsafeAllowNoneSignatureType, nil
}

func unsigned(claims jwt.MapClaims) (string, error) {
	// ruleid: go-jwt-unverified
	return jwt.NewWithClaims(jwt.SigningMethodNone, claims).SignedString(nil)
}

func verified(raw string, key []byte) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// ok: go-jwt-unverified
	tok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		return nil, errors.New("invalid token")
	}
	return claims, nil
}

// ok: go-jwt-unverified
const warning = "do not call ParseUnverified"
