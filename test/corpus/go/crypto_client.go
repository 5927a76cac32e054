package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/tls"
	"io"
	"net/http"
	"os"
)

var zeroIV = make([]byte, aes.BlockSize)

// EncryptLegacy is kept for records written by the v1 exporter.
func EncryptLegacy(key, plain []byte) ([]byte, error) {
	// ruleid: go-broken-cipher
	block, err := des.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plain))
	block.Encrypt(out, plain)
	return out, nil
}

func EncryptCBC(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plain))
	// ruleid: go-broken-cipher
	cipher.NewCBCEncrypter(block, zeroIV).CryptBlocks(out, plain)
	return out, nil
}

func EncryptGCM(key, plain []byte) ([]byte, error) {
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
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	// ok: go-broken-cipher
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

func EncryptGCMFixedNonce(gcm cipher.AEAD, plain []byte) []byte {
	nonce := make([]byte, 12)
	// ruleid: go-broken-cipher
	return gcm.Seal(nil, nonce, plain, nil)
}

func NewInsecureClient() *http.Client {
	// ruleid: go-tls-insecure-skip-verify
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	return &http.Client{Transport: tr}
}

func NewClient() *http.Client {
	// ok: go-tls-insecure-skip-verify, go-tls-weak-version
	tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, ServerName: os.Getenv("VAULT_HOST")}}
	return &http.Client{Transport: tr}
}

func LegacyServerConfig() *tls.Config {
	// ruleid: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS10}
}

func ModernServerConfig() *tls.Config {
	// ok: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS13}
}
