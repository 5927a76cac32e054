package auth

import (
	"fmt"
	"strconv"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func find(conn *ldap.Conn, w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	// ruleid: go-ldap-injection
	req := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(uid=%s)", user), []string{"dn"}, nil)
	conn.Search(req)
	// ok: go-ldap-injection
	safe := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(user)), []string{"dn"}, nil)
	conn.Search(safe)
	// ok: go-ldap-injection
	fixed := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(objectClass=person)", []string{"dn"}, nil)
	conn.Search(fixed)
}

func byYear(conn *ldap.Conn, w http.ResponseWriter, r *http.Request) {
	year, err := strconv.Atoi(r.URL.Query().Get("year"))
	if err != nil {
		return
	}
	filter := fmt.Sprintf("(classYear=%d)", year)
	// ok: go-ldap-injection
	conn.Search(ldap.NewSearchRequest("ou=alumni,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, filter, nil, nil))
}
