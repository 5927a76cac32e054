package files

import (
	"html/template"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Service serves user uploads stored under Root and converts them with ImageMagick.
type Service struct {
	Root string
}

var allowedFormats = map[string]bool{"png": true, "jpeg": true, "webp": true}

func (s *Service) Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-path-traversal
	f, err := os.Open(filepath.Join(s.Root, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func (s *Service) DownloadSafe(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	// ok: go-path-traversal
	data, err := os.ReadFile(filepath.Join(s.Root, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func (s *Service) Delete(w http.ResponseWriter, r *http.Request) {
	rel := r.FormValue("path")
	full := filepath.Clean(filepath.Join(s.Root, rel))
	if !strings.HasPrefix(full, s.Root+string(os.PathSeparator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	os.Remove(full)
	// ruleid: go-path-traversal
	os.Remove(s.Root + "/trash/" + rel)
}

func (s *Service) Convert(w http.ResponseWriter, r *http.Request) {
	src := filepath.Join(s.Root, filepath.Base(r.FormValue("src")))
	format := r.FormValue("format")
	// ruleid: go-command-injection
	out, _ := exec.Command("sh", "-c", "convert "+src+" out."+format).CombinedOutput()
	if !allowedFormats[format] {
		http.Error(w, "unsupported format", http.StatusBadRequest)
		return
	}
	// ok: go-command-injection
	out2, _ := exec.Command("convert", src, "out."+format).CombinedOutput()
	// ok: go-command-injection
	exec.Command("sh", "-c", "rm -f /tmp/convert-*.tmp").Run()
	// ruleid: go-log-injection
	log.Printf("converted %s to %s", r.FormValue("src"), format)
	// ok: go-log-injection
	log.Printf("converted %s to %s", strconv.Quote(r.FormValue("src")), strconv.Quote(format))
	w.Write(append(out, out2...))
}

var page = template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1><div>{{.Note}}</div>`))

func (s *Service) Describe(w http.ResponseWriter, r *http.Request) {
	note := r.FormValue("note")
	// ruleid: go-unescaped-html
	page.Execute(w, map[string]any{"Title": "Upload", "Note": template.HTML(note)})
	// ok: go-unescaped-html
	page.Execute(w, map[string]any{"Title": "Upload", "Note": template.HTML("<em>no note</em>")})
	// ok: go-unescaped-html
	page.Execute(w, map[string]any{"Title": "Upload", "Note": note})
}
