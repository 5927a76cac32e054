"""Flask app of the city library: patron login, catalogue search, overdue notices, e-book lending."""
import hashlib
import logging
import os
import random
import re
import secrets
import string

import jwt
import ldap
import requests
from flask import Flask, abort, jsonify, render_template_string, request, session
from flask_cors import CORS
from ldap.filter import escape_filter_chars
from lxml import etree

app = Flask(__name__)
# ruleid: py-hardcoded-credentials
app.secret_key = "9f3b8c1e55d04a6fa2c7e0d4b8a1f6c3"
# ok: py-cors-credentials-any-origin
CORS(app, origins=["https://opac.citylibrary.example"], supports_credentials=True)
log = logging.getLogger("loans")
LDAP_URL = "ldaps://ldap.citylibrary.example"
PATRONS = "ou=patrons,dc=citylibrary,dc=example"
CATALOGUE = etree.parse("/srv/library/catalogue.xml")
EBOOK_API = "https://lend.ebookhub.example/api/v2"
# ok: py-hardcoded-credentials
EBOOK_KEY = os.environ.get("EBOOK_API_KEY", "")
NOTICE = "Dear {{ name }}, '{{ title }}' was due on {{ due }}. Fines so far: {{ fine }}."
ISBN = re.compile(r"^(97[89])?\d{9}[\dX]$")


def ldap_conn():
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s("cn=opac,dc=citylibrary,dc=example", os.environ["LDAP_BIND_PASSWORD"])
    return conn


@app.post("/login")
def login():
    card = request.form["card"]
    pin = request.form["pin"]
    conn = ldap_conn()
    # ok: py-ldap-injection
    found = conn.search_s(PATRONS, ldap.SCOPE_SUBTREE, f"(cardNumber={escape_filter_chars(card)})", ["cn", "pinHash"])
    if not found:
        abort(401)
    _, attrs = found[0]
    # ruleid: py-weak-password-hash
    if hashlib.sha1(pin.encode()).hexdigest() != attrs["pinHash"][0].decode():
        abort(401)
    session["card"] = card
    return jsonify(name=attrs["cn"][0].decode())


@app.get("/patrons/lookup")
def lookup_patron():
    surname = request.args.get("surname", "")
    # ruleid: py-ldap-injection
    found = ldap_conn().search_s(PATRONS, ldap.SCOPE_SUBTREE, "(&(objectClass=patron)(sn=%s))" % surname, ["cn"])
    return jsonify([attrs["cn"][0].decode() for _, attrs in found])


@app.get("/catalogue")
def search_catalogue():
    author = request.args.get("author", "")
    # ruleid: py-xpath-injection
    titles = CATALOGUE.xpath(f"//record[author='{author}']/title/text()")
    isbn = request.args.get("isbn", "")
    if ISBN.match(isbn):
        # ok: py-xpath-injection
        titles += CATALOGUE.xpath("//record[isbn=$isbn]/title/text()", isbn=isbn)
    return jsonify([str(t) for t in titles])


@app.post("/notices/preview")
def preview_notice():
    greeting = request.form.get("greeting", "")
    sample = {"name": "A. Reader", "title": "Middlemarch", "due": "1 March", "fine": "0.40"}
    if greeting:
        # ruleid: py-template-injection, py-template-injection-taint
        return render_template_string(greeting + "\n\n" + NOTICE, **sample)
    # ok: py-template-injection, py-template-injection-taint
    return render_template_string(NOTICE, **sample)


@app.post("/pin/reset")
def reset_pin():
    card = request.form["card"]
    # ruleid: py-weak-random
    temp_pin = "".join(random.choice(string.digits) for _ in range(6))
    # ok: py-weak-random
    reset_token = secrets.token_urlsafe(24)
    # ok: py-weak-random
    shelf_hint = random.choice(["A", "B", "C"]) + str(random.randint(1, 40))
    log.info("pin reset requested for card ending %s", card[-4:])
    return jsonify(sent=True, hint=shelf_hint, token_len=len(reset_token), pin_len=len(temp_pin))


@app.post("/ebooks/callback")
def ebook_callback():
    token = request.headers.get("X-Hub-Token", "")
    # ruleid: py-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    # ok: py-jwt-verification-disabled
    verified = jwt.decode(token, EBOOK_KEY, algorithms=["HS256"], audience="citylibrary")
    return jsonify(loan=claims.get("loan_id"), ok=verified["loan_id"] == claims.get("loan_id"))


@app.post("/ebooks/borrow")
def borrow_ebook():
    isbn = request.form["isbn"]
    if not ISBN.match(isbn):
        abort(400)
    # ruleid: py-tls-verification-disabled
    resp = requests.post(f"{EBOOK_API}/loans", json={"isbn": isbn, "card": session["card"]}, verify=False, timeout=10)
    # ok: py-ssrf
    cover = requests.get(f"{EBOOK_API}/covers/{isbn}", timeout=10)
    return jsonify(status=resp.status_code, cover=cover.url)
