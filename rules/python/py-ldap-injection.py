import ldap
from flask import Flask, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
conn = ldap.initialize("ldaps://ldap.example.com")


@app.post("/lookup")
def lookup():
    user = request.form["user"]
    # ruleid: py-ldap-injection
    rows = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(&(uid=%s)(objectClass=person))" % user)
    return {"found": len(rows)}


@app.post("/lookup-safe")
def lookup_safe():
    user = escape_filter_chars(request.form["user"])
    # ok: py-ldap-injection
    rows = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(&(uid=%s)(objectClass=person))" % user)
    # ok: py-ldap-injection
    admins = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(memberOf=cn=admins)")
    return {"found": len(rows) + len(admins)}


@app.get("/grep")
def grep():
    import re
    # ok: py-ldap-injection
    return {"match": bool(re.search("^[a-z]+$", request.args["q"]))}


@app.post("/lookup3")
def lookup3():
    from ldap3 import Connection
    conn = Connection("ldaps://ldap.example.com", auto_bind=True)
    # ruleid: py-ldap-injection
    conn.search("dc=example,dc=com", "(mail=" + request.form["email"] + ")")
    return {"found": len(conn.entries)}


def directory():
    return ldap.initialize("ldaps://ldap.example.com")


@app.get("/lookup4")
def lookup4():
    surname = request.args.get("surname", "")
    # ruleid: py-ldap-injection
    found = directory().search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(sn=%s)" % surname)
    # ok: py-ldap-injection
    safe = directory().search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(sn=%s)" % escape_filter_chars(surname))
    return {"found": len(found) + len(safe)}
