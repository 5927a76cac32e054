package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/rc4"
	"io"
)

func legacy(key []byte) (cipher.Block, error) {
	// ruleid: go-broken-cipher
	return des.NewCipher(key)
}

func stream(key []byte) (*rc4.Cipher, error) {
	// ruleid: go-broken-cipher
	return rc4.NewCipher(key)
}

func cbcFixedIV(block cipher.Block) cipher.BlockMode {
	// ruleid: go-broken-cipher
	return cipher.NewCBCEncrypter(block, []byte("0123456789abcdef"))
}

func gcmFixedNonce(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	// ruleid: go-broken-cipher
	return gcm.Seal(nil, make([]byte, gcm.NonceSize()), plaintext, nil)
}

func gcmRandomNonce(key, plaintext []byte) ([]byte, error) {
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
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func cbcRandomIV(block cipher.Block, iv []byte) cipher.BlockMode {
	// ok: go-broken-cipher
	return cipher.NewCBCEncrypter(block, iv)
}
