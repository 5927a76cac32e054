package directory

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"regexp"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type API struct {
	LDAP  *ldap.Conn
	Users *mongo.Collection
}

var usernamePattern = regexp.MustCompile(`^[a-z][a-z0-9._-]{1,31}$`)

func (a *API) Lookup(c *gin.Context) {
	user := c.Query("user")
	// ruleid: go-ldap-injection
	req := ldap.NewSearchRequest("ou=people,dc=example,dc=org", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+user+")", []string{"cn", "mail"}, nil)
	res, err := a.LDAP.Search(req)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "directory unavailable"})
		return
	}
	// ok: go-ldap-injection
	safe := ldap.NewSearchRequest("ou=people,dc=example,dc=org", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(user)), []string{"cn"}, nil)
	a.LDAP.Search(safe)
	c.JSON(http.StatusOK, res.Entries)
}

func (a *API) Find(c *gin.Context) {
	name := c.Query("name")
	// ruleid: go-nosql-injection
	cur, err := a.Users.Find(context.TODO(), bson.M{"$where": "this.name == '" + name + "'"})
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	defer cur.Close(context.TODO())
	// ok: go-nosql-injection
	cur2, _ := a.Users.Find(context.TODO(), bson.M{"name": name})
	defer cur2.Close(context.TODO())
	c.Status(http.StatusOK)
}

func (a *API) Audit(c *gin.Context) {
	user := c.Param("user")
	// ruleid: go-log-injection
	log.Println("audit lookup for " + user)
	if !usernamePattern.MatchString(user) {
		c.Status(http.StatusBadRequest)
		return
	}
	// ok: go-log-injection
	log.Printf("audit lookup for %q", user)
	c.Status(http.StatusOK)
}

func (a *API) Redirect(c *gin.Context) {
	// ruleid: go-open-redirect
	c.Redirect(http.StatusFound, c.Query("to"))
}

func (a *API) Home(c *gin.Context) {
	// ok: go-open-redirect
	c.Redirect(http.StatusFound, "/dashboard")
}
