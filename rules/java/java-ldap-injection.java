package com.example.auth;

import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ldap.support.LdapEncoder;

public class Directory {
    void find(DirContext ctx, HttpServletRequest request) throws Exception {
        String user = request.getParameter("user");
        // ruleid: java-ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + user + ")", new SearchControls());
        // ok: java-ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] {user}, new SearchControls());
        // ok: java-ldap-injection
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + LdapEncoder.filterEncode(user) + ")", new SearchControls());
        String group = request.getParameter("group");
        String filter = String.format("(&(objectClass=person)(memberOf=%s))", group);
        // ruleid: java-ldap-injection
        ctx.search("dc=example,dc=com", filter, new SearchControls());
    }

    // The application's own escaper for filter values.
    boolean isStaff(DirContext ctx, HttpServletRequest request) throws NamingException {
        String uid = request.getParameter("uid");
        // ok: java-ldap-injection
        return ctx.search("ou=staff,dc=example,dc=com", "(uid=" + escapeLdap(uid) + ")", new SearchControls()).hasMore();
    }

    static String escapeLdap(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if ("\\*()\u0000".indexOf(c) >= 0) out.append('\\').append(String.format("%02x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }
}
