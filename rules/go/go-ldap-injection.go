package auth

import (
	"fmt"
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
