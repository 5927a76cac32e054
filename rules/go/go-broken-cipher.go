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

// A package-level IV is the same bytes for every message.
var staticIV = make([]byte, aes.BlockSize)

func cbcPackageIV(block cipher.Block, dst, src []byte) {
	// ruleid: go-broken-cipher
	cipher.NewCBCEncrypter(block, staticIV).CryptBlocks(dst, src)
}

// A nonce buffer that is allocated but never filled is all zeroes.
func gcmZeroNonce(aead cipher.AEAD, msg []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	// ruleid: go-broken-cipher
	return aead.Seal(nil, nonce, msg, nil)
}

func ctrLiteralIV(block cipher.Block) cipher.Stream {
	iv := []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	// ruleid: go-broken-cipher
	return cipher.NewCTR(block, iv)
}

// ---- safe look-alikes ----

var seededIV = make([]byte, aes.BlockSize)

func init() {
	if _, err := rand.Read(seededIV); err != nil {
		panic(err)
	}
}

func gcmFilledNonce(aead cipher.AEAD, msg []byte) ([]byte, error) {
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	// ok: go-broken-cipher
	return aead.Seal(nonce, nonce, msg, nil), nil
}

func gcmOpen(aead cipher.AEAD, data []byte) ([]byte, error) {
	nonce := make([]byte, aead.NonceSize())
	copy(nonce, data[:aead.NonceSize()])
	// ok: go-broken-cipher
	return aead.Open(nil, nonce, data[aead.NonceSize():], nil)
}

func gcmSplitNonce(aead cipher.AEAD, data []byte) ([]byte, error) {
	nonce, body := data[:aead.NonceSize()], data[aead.NonceSize():]
	// ok: go-broken-cipher
	return aead.Open(nil, nonce, body, nil)
}

func cbcParamIV(block cipher.Block, staticIV []byte) cipher.BlockMode {
	// ok: go-broken-cipher
	return cipher.NewCBCDecrypter(block, staticIV)
}

func cbcSeeded(block cipher.Block) cipher.BlockMode {
	// still one IV for every message, but not all zeroes: outside this rule's certainty
	// ok: go-broken-cipher
	return cipher.NewCBCEncrypter(block, seededIV)
}

// NaCl secretbox takes the message second and the nonce third: not an AEAD nonce position.
func naclSeal(key *[32]byte, nonce *[24]byte) []byte {
	msg := []byte("hello")
	// ok: go-broken-cipher
	return secretbox.Seal(nil, msg, nonce, key)
}

func TestZeroIV(t *testing.T) {
	block, _ := aes.NewCipher(make([]byte, 16))
	iv := make([]byte, aes.BlockSize)
	// ok: go-broken-cipher
	cipher.NewCBCEncrypter(block, iv)
}
