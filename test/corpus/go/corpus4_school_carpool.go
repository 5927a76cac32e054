// Package carpool is the gin API behind a school-run carpool app: rota, driver invites and route previews.
package carpool

import (
	crand "crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os/exec"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

type API struct {
	DB        *sql.DB
	JWTSecret []byte
}

func corsMiddleware(c *gin.Context) {
	origin := c.GetHeader("Origin")
	// ruleid: go-cors-credentials-any-origin
	c.Header("Access-Control-Allow-Origin", origin)
	c.Header("Access-Control-Allow-Credentials", "true")
	c.Next()
}

func (a *API) parentID(c *gin.Context) string {
	raw := c.GetHeader("X-Carpool-Token")
	claims := jwt.MapClaims{}
	// ruleid: go-jwt-unverified
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err != nil {
		return ""
	}
	sub, _ := claims["sub"].(string)
	return sub
}

func (a *API) verifiedParentID(c *gin.Context) (string, error) {
	raw := c.GetHeader("X-Carpool-Token")
	// ok: go-jwt-unverified
	tok, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return a.JWTSecret, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		return "", fmt.Errorf("invalid token")
	}
	return tok.Claims.GetSubject()
}

func (a *API) rota(c *gin.Context) {
	school := c.Query("school")
	week := c.DefaultQuery("week", "1")
	q := "SELECT day, driver, seats FROM rota WHERE school = '" + school + "' AND week = " + week
	// ruleid: go-sql-injection
	rows, err := a.DB.QueryContext(c, q)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	c.JSON(http.StatusOK, gin.H{"parent": a.parentID(c)})
}

func (a *API) claimSeat(c *gin.Context) {
	parent, err := a.verifiedParentID(c)
	if err != nil {
		c.Status(http.StatusUnauthorized)
		return
	}
	day, _ := strconv.Atoi(c.PostForm("day"))
	// ok: go-sql-injection
	_, err = a.DB.ExecContext(c, "UPDATE rota SET seats = seats - 1 WHERE day = $1 AND parent <> $2", day, parent)
	c.JSON(http.StatusOK, gin.H{"ok": err == nil})
}

func (a *API) inviteDriver(c *gin.Context) {
	// ruleid: go-weak-random
	code := fmt.Sprintf("%08d", rand.Intn(100000000))
	buf := make([]byte, 16)
	// ok: go-weak-random
	_, _ = crand.Read(buf)
	c.JSON(http.StatusOK, gin.H{"code": code, "secret": hex.EncodeToString(buf)})
}

func (a *API) routePreview(c *gin.Context) {
	from, to := c.Query("from"), c.Query("to")
	// ruleid: go-command-injection
	out, err := exec.Command("sh", "-c", "routeplan --from '"+from+"' --to '"+to+"'").Output()
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	// ok: go-command-injection
	svg, _ := exec.Command("routeplan", "--svg", "--from", from, "--to", to).Output()
	c.Data(http.StatusOK, "application/json", append(out, svg...))
}

func (a *API) avatar(c *gin.Context) {
	// ruleid: go-ssrf
	resp, err := http.Get(c.Query("avatarUrl"))
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	// ok: go-ssrf
	fallback, _ := http.Get("https://static.carpool.example.com/avatar/default.png")
	if fallback != nil {
		fallback.Body.Close()
	}
	io.Copy(c.Writer, resp.Body)
}

func (a *API) welcome(c *gin.Context) {
	child := c.Query("child")
	// ruleid: go-xss
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<h2>See you at the gate, "+child+"!</h2>"))
	sid := make([]byte, 16)
	_, _ = crand.Read(sid)
	// ruleid: go-cookie-missing-httponly, go-cookie-missing-secure
	c.SetCookie("carpool_session", hex.EncodeToString(sid), 3600, "/", "", false, false)
	// ok: go-cookie-missing-httponly, go-cookie-missing-secure
	c.SetCookie("carpool_session2", hex.EncodeToString(sid), 3600, "/", "", true, true)
}

func (a *API) Register(r *gin.Engine) {
	r.Use(corsMiddleware)
	r.GET("/rota", a.rota)
	r.POST("/rota/claim", a.claimSeat)
	r.POST("/invites", a.inviteDriver)
	r.GET("/route", a.routePreview)
	r.GET("/avatar", a.avatar)
	r.GET("/welcome", a.welcome)
}
