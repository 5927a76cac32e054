package files

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const base = "/srv/uploads"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: go-path-traversal
	data, err := os.ReadFile(filepath.Join(base, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func serve(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal
	http.ServeFile(w, r, base+"/"+r.FormValue("path"))
}

func downloadBase(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: go-path-traversal
	data, _ := os.ReadFile(filepath.Join(base, name))
	w.Write(data)
}

func downloadContained(w http.ResponseWriter, r *http.Request) {
	full := filepath.Join(base, r.URL.Query().Get("file"))
	if !strings.HasPrefix(full, base+string(filepath.Separator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	f, _ := os.Open(full)
	defer f.Close()
}

func fixed(w http.ResponseWriter, r *http.Request) {
	// ok: go-path-traversal
	data, _ := os.ReadFile(filepath.Join(base, "index.html"))
	w.Write(data)
}

// Command-line tools open the files their user names: not reported.
func cli() {
	// ok: go-path-traversal
	data, _ := os.ReadFile(os.Args[1])
	_ = data
}

// gin: c.File serves the file at the path.
func media(c *gin.Context) {
	name := c.Query("path")
	// ruleid: go-path-traversal
	c.File(filepath.Join(base, name))
	// ok: go-path-traversal
	c.File(filepath.Join(base, filepath.Base(name)))
	// ok: go-path-traversal
	c.File(filepath.Join(base, "index.html"))
}
