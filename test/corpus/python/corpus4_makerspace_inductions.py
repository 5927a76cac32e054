"""University makerspace: Flask API for tool inductions, staff lookups (LDAP) and laser-cutter cost estimates."""
import ast
import logging
import os
import re

import jwt
import ldap
from flask import Flask, jsonify, request, session
from flask_cors import CORS
from ldap.filter import escape_filter_chars

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["MAKERSPACE_SECRET"]
# ruleid: py-cors-credentials-any-origin
CORS(app, origins="*", supports_credentials=True)
log = logging.getLogger("makerspace")

JWT_KEY = os.environ["MAKERSPACE_JWT_KEY"]
LDAP_URI = "ldaps://ldap.uni.example.edu"
TOOLS = {"laser": 0.45, "cnc": 0.80, "printer3d": 0.10}
DEBUG_MODE = False


def ldap_conn():
    conn = ldap.initialize(LDAP_URI)
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    return conn


def bearer_claims():
    token = request.headers.get("Authorization", "")[7:]
    # ruleid: py-jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def checked_claims():
    token = request.headers.get("Authorization", "")[7:]
    # ok: py-jwt-verification-disabled, py-jwt-expiration-disabled
    return jwt.decode(token, JWT_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})


def kiosk_claims():
    token = request.cookies.get("kiosk", "")
    # ruleid: py-jwt-expiration-disabled
    return jwt.decode(token, JWT_KEY, algorithms=["HS256"], options={"verify_exp": False})


@app.route("/staff")
def staff_lookup():
    uid = request.args.get("uid", "")
    search_filter = "(&(objectClass=person)(uid=" + uid + "))"
    # ruleid: py-ldap-injection
    result = ldap_conn().search_s("ou=staff,dc=uni,dc=example,dc=edu", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify([dn for dn, _ in result])


@app.route("/staff/safe")
def staff_lookup_safe():
    uid = escape_filter_chars(request.args.get("uid", ""))
    # ok: py-ldap-injection
    result = ldap_conn().search_s("ou=staff,dc=uni,dc=example,dc=edu", ldap.SCOPE_SUBTREE, f"(uid={uid})")
    return jsonify([dn for dn, _ in result])


@app.route("/inductions", methods=["POST"])
def record_induction():
    claims = checked_claims()
    tool = request.json.get("tool")
    student = request.json.get("student", "")
    if tool not in TOOLS:
        return jsonify(error="unknown tool"), 400
    # ok: py-log-injection
    log.info("induction recorded for tool %s by %s", tool, claims["sub"])
    # ruleid: py-log-injection
    log.warning("induction student name: " + student)
    # ok: py-trust-boundary
    session["last_tool"] = tool
    return jsonify(ok=True)


@app.route("/inductions/note", methods=["POST"])
def induction_note():
    clean = re.sub(r"[\r\n]+", " ", request.form.get("note", ""))
    # ok: py-log-injection
    log.info("supervisor note: %s", clean)
    # ruleid: py-trust-boundary
    session["supervisor"] = request.form.get("supervisor")
    return jsonify(ok=True)


@app.route("/estimate")
def estimate():
    claims = bearer_claims()
    expr = request.args.get("minutes", "0")
    # ruleid: py-code-injection
    minutes = eval(expr)
    rate = TOOLS.get(request.args.get("tool"), 0.0)
    return jsonify(user=claims.get("sub"), cost=round(minutes * rate, 2))


@app.route("/estimate/literal")
def estimate_literal():
    # ok: py-code-injection
    minutes = ast.literal_eval(request.args.get("minutes", "0"))
    if DEBUG_MODE:
        # ok: py-code-injection
        exec("print('debug estimate', minutes)")
    return jsonify(cost=round(float(minutes) * TOOLS["laser"], 2), kiosk=kiosk_claims().get("sub"))


@app.route("/tool/<name>")
def tool_page(name):
    if name in TOOLS:
        # ok: py-xss-response
        return "<h1>Tool: %s</h1><p>Rate %.2f/min</p>" % (name, TOOLS[name])
    # ruleid: py-xss-response
    return "<h1>No such tool: %s</h1>" % name, 404


if __name__ == "__main__":
    # ok: py-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1" and DEBUG_MODE)
