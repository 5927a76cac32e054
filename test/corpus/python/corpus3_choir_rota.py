"""Flask app of a community choir: singer rota, sheet-music library, member directory (LDAP)."""
import logging
import os
import random
import re
import secrets

import ldap
from flask import Flask, jsonify, make_response, redirect, render_template, render_template_string, request, session, url_for
from ldap.filter import escape_filter_chars
from lxml import etree
from markupsafe import Markup, escape

app = Flask(__name__)
app.secret_key = os.environ["CHOIR_SECRET"]
log = logging.getLogger("choir")
LIBRARY = etree.parse("/srv/choir/library.xml")
VOICES = ("soprano", "alto", "tenor", "bass")
MEMBERS_BASE = "ou=members,dc=choir,dc=example"


def directory():
    conn = ldap.initialize("ldaps://ldap.choir.example")
    conn.simple_bind_s("cn=rota,dc=choir,dc=example", os.environ["LDAP_PW"])
    return conn


@app.get("/members")
def members():
    name = request.args.get("name", "")
    voice = request.args.get("voice", "")
    conn = directory()
    # ruleid: py-ldap-injection
    found = conn.search_s(MEMBERS_BASE, ldap.SCOPE_SUBTREE, "(cn=" + name + ")")
    # ok: py-ldap-injection
    found += conn.search_s(MEMBERS_BASE, ldap.SCOPE_SUBTREE, "(voice=%s)" % escape_filter_chars(voice))
    return jsonify([dn for dn, _ in found])


@app.get("/scores")
def scores():
    composer = request.args.get("composer", "")
    # ruleid: py-xpath-injection
    hits = LIBRARY.xpath("//score[composer='" + composer + "']/title/text()")
    # ok: py-xpath-injection
    hits += LIBRARY.xpath("//score[composer=$c]/title/text()", c=composer)
    return jsonify([str(h) for h in hits])


@app.get("/rota/banner")
def rota_banner():
    note = request.args.get("note", "")
    # ruleid: py-markup-injection
    banner = Markup("<div class='note'>%s</div>" % note)
    # ok: py-markup-injection
    safe_banner = Markup("<div class='note'>{}</div>").format(note)
    return render_template("rota.html", banner=banner, safe_banner=safe_banner)


@app.get("/rota/print")
def rota_print():
    heading = request.args.get("heading", "Rota")
    # ruleid: py-template-injection, py-template-injection-taint
    return render_template_string("<h1>" + heading + "</h1>{% for v in voices %}<p>{{ v }}</p>{% endfor %}", voices=VOICES)


@app.get("/rota/print-safe")
def rota_print_safe():
    heading = request.args.get("heading", "Rota")
    # ok: py-template-injection, py-template-injection-taint
    return render_template_string("<h1>{{ heading }}</h1>", heading=heading)


@app.post("/login")
def login():
    voice = request.form.get("voice", "")
    # ruleid: py-trust-boundary
    session["display_name"] = request.form["display_name"]
    if voice in VOICES:
        # ok: py-trust-boundary
        session["voice"] = voice
    resp = make_response(redirect(url_for("members")))
    token = secrets.token_hex(16)
    # ruleid: py-insecure-cookie
    resp.set_cookie("rota_session", token)
    # ok: py-insecure-cookie
    resp.set_cookie("rota_auth", token, secure=True, httponly=True, samesite="Lax")
    return resp


@app.get("/seating")
def seating():
    seats = list(range(1, 41))
    # ok: py-weak-random
    random.shuffle(seats)
    return jsonify(seats)


@app.get("/invite")
def invite():
    # ruleid: py-weak-random
    token = "%08x" % random.getrandbits(32)
    # ruleid: py-log-injection
    log.warning("invite created by %s" % request.args.get("by", "?"))
    return jsonify({"invite": token})


@app.get("/hello")
def hello():
    who = request.args.get("who", "")
    # ok: py-xss-response
    return f"<p>Hello {escape(who)}</p>"


if __name__ == "__main__":
    # ok: py-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
