// Package filmlab is the order desk for an analogue film developing lab (chi router).
package filmlab

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/go-chi/chi/v5"
	"golang.org/x/crypto/bcrypt"
)

var (
	scanRoot   = "/srv/filmlab/scans"
	orderIDRe  = regexp.MustCompile(`^[A-Z]{2}[0-9]{6}$`)
	labKey     = []byte(os.Getenv("FILMLAB_KEY32"))
	fixedNonce = []byte("filmlab-nonce")[:12]
	logger     = slog.New(slog.NewTextHandler(os.Stdout, nil))
)

func CustomerPasswordHash(pw string) string {
	// ruleid: go-weak-password-hash
	sum := md5.Sum([]byte(pw))
	return hex.EncodeToString(sum[:])
}

func CustomerPasswordHashV2(pw string) ([]byte, error) {
	// ok: go-weak-password-hash
	return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
}

func scanETag(data []byte) string {
	// ok: go-weak-password-hash
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

func SealAddressLegacy(addr string) []byte {
	// ruleid: go-broken-cipher
	block, _ := des.NewCipher(labKey[:8])
	out := make([]byte, des.BlockSize)
	block.Encrypt(out, []byte(addr+"        ")[:8])
	return out
}

func SealAddress(addr string, random bool) []byte {
	block, _ := aes.NewCipher(labKey)
	gcm, _ := cipher.NewGCM(block)
	if !random {
		// ruleid: go-broken-cipher
		return gcm.Seal(nil, fixedNonce, []byte(addr), nil)
	}
	nonce := make([]byte, gcm.NonceSize())
	_, _ = io.ReadFull(rand.Reader, nonce)
	// ok: go-broken-cipher
	return gcm.Seal(nonce, nonce, []byte(addr), nil)
}

func develop(w http.ResponseWriter, r *http.Request) {
	order := chi.URLParam(r, "order")
	process := r.URL.Query().Get("process")
	// ruleid: go-command-injection
	cmd := exec.Command("/bin/bash", "-c", "devqueue add "+order+" --process "+process)
	if err := cmd.Run(); err != nil {
		http.Error(w, "queue failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func push(w http.ResponseWriter, r *http.Request) {
	order := chi.URLParam(r, "order")
	if !orderIDRe.MatchString(order) {
		http.Error(w, "bad order id", http.StatusBadRequest)
		return
	}
	// ok: go-command-injection
	cmd := exec.Command("/bin/bash", "-c", "devqueue push "+order+" --stops 1")
	_ = cmd.Run()
	// ok: go-log-injection
	logger.Info("push processing queued", "order", order)
	w.WriteHeader(http.StatusAccepted)
}

func uploadScan(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-path-traversal
	f, err := os.Create(filepath.Join(scanRoot, chi.URLParam(r, "order"), name))
	if err != nil {
		http.Error(w, "cannot store", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	_, _ = io.Copy(f, r.Body)
	// ruleid: go-log-injection
	log.Printf("scan uploaded for order %s: %s", chi.URLParam(r, "order"), name)
}

func downloadScan(w http.ResponseWriter, r *http.Request) {
	order := chi.URLParam(r, "order")
	name := filepath.Base(r.URL.Query().Get("name"))
	if !orderIDRe.MatchString(order) || strings.HasPrefix(name, ".") {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	data, err := os.ReadFile(filepath.Join(scanRoot, order, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("ETag", scanETag(data))
	_, _ = w.Write(data)
}

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Post("/orders/{order}/develop", develop)
	r.Post("/orders/{order}/push", push)
	r.Put("/orders/{order}/scans", uploadScan)
	r.Get("/orders/{order}/scans", downloadScan)
	return r
}
