package web

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type Handlers struct{ DB *sql.DB }

type filter struct {
	Name  string `json:"name"`
	Limit int    `json:"limit"`
}

func (h *Handlers) Products(c *gin.Context) {
	var f filter
	if err := c.ShouldBindJSON(&f); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	// ruleid: go-sql-injection
	rows, _ := h.DB.Query("SELECT * FROM products WHERE name = '" + f.Name + "'")
	defer rows.Close()
	// ok: go-sql-injection
	rows2, _ := h.DB.Query("SELECT * FROM products WHERE name = $1 LIMIT $2", f.Name, f.Limit)
	defer rows2.Close()
}

func (h *Handlers) Category(c *gin.Context) {
	cat := strings.ToLower(c.Param("category"))
	query := "SELECT * FROM products WHERE category = '" + cat + "'"
	if cat == "" {
		query = "SELECT * FROM products"
	}
	// ruleid: go-sql-injection
	h.DB.Query(query)
	tag := c.DefaultQuery("tag", "new")
	tag = "featured"
	// ok: go-sql-injection
	h.DB.Query("SELECT * FROM products WHERE tag = '" + tag + "'")
}
