// Package podcasts is the gin API of a podcast-hosting service: episode uploads, transcoding,
// RSS feed imports, show-notes search.
package podcasts

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

const mediaRoot = "/srv/podcasts/media"

var bitrates = map[string]string{"low": "64k", "standard": "128k", "high": "192k"}

var feedHosts = map[string]bool{"feeds.megaphone.example": true, "anchor.example": true}

type API struct {
	Episodes *mongo.Collection
	Log      *slog.Logger
}

func (a *API) Register(r *gin.Engine) {
	r.GET("/media", a.serveMedia)
	r.GET("/media/:show/:file", a.serveEpisode)
	r.POST("/episodes/:id/transcode", a.transcode)
	r.POST("/feeds/import", a.importFeed)
	r.GET("/episodes/search", a.search)
}

func (a *API) serveMedia(c *gin.Context) {
	name := c.Query("path")
	// ruleid: go-path-traversal
	c.File(filepath.Join(mediaRoot, name))
}

func (a *API) serveEpisode(c *gin.Context) {
	show := filepath.Base(c.Param("show"))
	file := filepath.Base(c.Param("file"))
	full := filepath.Join(mediaRoot, show, file)
	if !strings.HasPrefix(full, mediaRoot+string(os.PathSeparator)) {
		c.Status(http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	c.File(full)
}

func (a *API) transcode(c *gin.Context) {
	id := c.Param("id")
	rate, ok := bitrates[c.DefaultQuery("quality", "standard")]
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	src := filepath.Join(mediaRoot, "raw", filepath.Base(id)+".wav")
	// ok: go-command-injection
	out, err := exec.Command("ffmpeg", "-y", "-i", src, "-b:a", rate, src+".mp3").CombinedOutput()
	if err != nil {
		c.String(http.StatusInternalServerError, "transcode failed")
		return
	}
	title := c.PostForm("title")
	// ruleid: go-command-injection
	tag := exec.Command("sh", "-c", fmt.Sprintf("id3v2 --song '%s' %s.mp3", title, src))
	if err := tag.Run(); err != nil {
		// ruleid: go-log-injection
		log.Printf("tagging failed for title %s: %v", title, err)
	}
	c.JSON(http.StatusOK, gin.H{"bytes": len(out)})
}

func (a *API) importFeed(c *gin.Context) {
	raw := c.PostForm("feed_url")
	// ruleid: go-ssrf
	resp, err := http.Get(raw)
	if err == nil {
		resp.Body.Close()
	}
	u, perr := url.Parse(raw)
	if perr != nil || u.Scheme != "https" || !feedHosts[u.Hostname()] {
		c.Status(http.StatusBadRequest)
		return
	}
	client := &http.Client{Timeout: 15 * time.Second}
	// ok: go-ssrf
	resp2, err := client.Get(u.String())
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	defer resp2.Body.Close()
	c.JSON(http.StatusAccepted, gin.H{"status": resp2.StatusCode})
}

func (a *API) search(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 5*time.Second)
	defer cancel()
	q := c.Query("q")
	// ok: go-nosql-injection
	cur, err := a.Episodes.Find(ctx, bson.M{"show": c.Query("show"), "title": bson.M{"$regex": "^" + regexpQuote(q)}})
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	defer cur.Close(ctx)
	// ruleid: go-nosql-injection
	slow, err := a.Episodes.Find(ctx, bson.M{"$where": "this.notes.indexOf('" + q + "') >= 0"})
	if err == nil {
		defer slow.Close(ctx)
	}
	// ok: go-log-injection
	a.Log.Info("search", "q", q, "show", c.Query("show"))
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func regexpQuote(s string) string {
	return strings.NewReplacer(`\`, `\\`, `.`, `\.`, `*`, `\*`, `+`, `\+`, `?`, `\?`, `(`, `\(`, `)`, `\)`, `[`, `\[`, `]`, `\]`, `{`, `\{`, `}`, `\}`, `^`, `\^`, `$`, `\$`, `|`, `\|`).Replace(s)
}
