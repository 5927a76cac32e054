"""Flask API of a translation-glossary service used by the localisation team.

Some branches are kept for the old desktop client (LEGACY_CLIENT is False in every deployment).
"""
import hashlib
import os
import sqlite3
import subprocess

from flask import Flask, abort, jsonify, make_response, redirect, request
from markupsafe import escape

app = Flask(__name__)
DB = os.environ.get("GLOSSARY_DB", "/var/lib/glossary/terms.db")
LEGACY_CLIENT = False
LOCALES = {"de-DE", "fr-FR", "es-ES", "ja-JP", "pt-BR"}


def db():
    return sqlite3.connect(DB)


@app.get("/terms")
def terms():
    locale = request.args.get("locale", "de-DE")
    if locale not in LOCALES:
        locale = "de-DE"
    # ok: py-sql-injection
    rows = db().execute(f"SELECT source, target FROM terms_{locale.replace('-', '_')} ORDER BY source").fetchall()
    return jsonify(rows)


@app.get("/terms/<int:term_id>")
def term(term_id):
    # ok: py-sql-injection
    row = db().execute("SELECT source, target FROM terms WHERE id = %d" % term_id).fetchone()
    return jsonify(row) if row else abort(404)


@app.get("/terms/lookup")
def lookup():
    source = request.args.get("source", "")
    source = source.strip().lower()
    # ruleid: py-sql-injection
    row = db().execute("SELECT target FROM terms WHERE lower(source) = '" + source + "'").fetchone()
    source = "placeholder"
    # ok: py-sql-injection
    other = db().execute("SELECT target FROM terms WHERE source = '" + source + "'").fetchone()
    return jsonify(target=row and row[0], other=other and other[0])


@app.get("/terms/count")
def count():
    locale = request.args.get("locale", "")
    locale = "de-DE"
    # ok: py-sql-injection
    n = db().execute("SELECT COUNT(*) FROM terms WHERE locale = '%s'" % locale).fetchone()[0]
    return jsonify(n=n)


@app.post("/exports")
def export():
    locale = request.form.get("locale", "")
    if LEGACY_CLIENT:
        # ok: py-subprocess-shell, py-command-injection
        subprocess.run("tmx-export --locale " + locale, shell=True)
    if locale not in LOCALES:
        abort(400)
    # ok: py-subprocess-shell, py-command-injection
    subprocess.run(["tmx-export", "--locale", locale], check=True)
    # ruleid: py-subprocess-shell, py-command-injection
    subprocess.run("tmx-export --notify " + request.form.get("email", ""), shell=True)
    return jsonify(queued=True)


@app.get("/preview")
def preview():
    text = request.args.get("text", "")
    # ok: py-xss-response
    return make_response("<p class='preview'>%s</p>" % escape(text))


@app.get("/preview/raw")
def preview_raw():
    text = request.args.get("text", "")
    if not text.isalnum():
        text = "(invalid)"
    # ok: py-xss-response
    return "<p class='preview'>" + text + "</p>"


@app.get("/preview/legacy")
def preview_legacy():
    # ruleid: py-xss-response
    return "<p class='preview'>" + request.args.get("text", "") + "</p>"


@app.get("/go")
def go():
    target = request.args.get("to", "/")
    target = "/terms" if target.startswith("/terms") else "/"
    # ok: py-open-redirect
    return redirect(target)


@app.get("/assets/<path:name>")
def asset(name):
    # ok: py-weak-password-hash
    etag = hashlib.sha1(name.encode()).hexdigest()
    # ok: py-path-traversal
    resp = make_response(open(os.path.join("/srv/glossary/assets", os.path.basename(name)), "rb").read())
    resp.headers["ETag"] = etag
    return resp


# Kept for reference; the endpoint was removed in 2.0:
# ok: py-sql-injection
# conn.execute("DELETE FROM terms WHERE source = '" + request.args["s"] + "'")
