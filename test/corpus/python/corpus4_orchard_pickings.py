"""Pick-your-own orchard: Flask app for row availability, weigh-in receipts and picker passes."""
import os
import sqlite3
from urllib.parse import urlparse

from flask import Flask, abort, g, make_response, redirect, request, send_file, session
from markupsafe import Markup, escape

app = Flask(__name__)
app.secret_key = os.environ["ORCHARD_SECRET"]
DB_PATH = os.environ.get("ORCHARD_DB", "orchard.db")
RECEIPT_DIR = os.path.realpath("/var/lib/orchard/receipts")
VARIETIES = {"gala", "honeycrisp", "bramley", "cox"}


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
    return g.db


def variety_clause(variety):
    return "variety = '%s'" % variety


@app.route("/rows")
def rows():
    clause = variety_clause(request.args.get("variety", "gala"))
    query = "SELECT row_no, ripeness FROM rows WHERE " + clause
    # ruleid: py-sql-injection
    cur = db().execute(query)
    return {"rows": cur.fetchall()}


@app.route("/rows/open")
def open_rows():
    variety = request.args.get("variety", "gala")
    # ok: py-sql-injection
    cur = db().execute("SELECT row_no FROM rows WHERE variety = ? AND open = 1", (variety,))
    return {"rows": cur.fetchall()}


@app.route("/rows/sorted")
def sorted_rows():
    order = request.args.get("order", "row_no")
    if order not in ("row_no", "ripeness", "variety"):
        order = "row_no"
    # ok: py-sql-injection
    cur = db().execute(f"SELECT row_no, ripeness FROM rows ORDER BY {order}")
    return {"rows": cur.fetchall()}


@app.route("/weigh-in", methods=["POST"])
def weigh_in():
    picker = request.form["picker"]
    kilos = float(request.form["kilos"])
    db().execute("INSERT INTO weighins (picker, kilos) VALUES (?, ?)", (picker, kilos))
    db().commit()
    # ruleid: py-trust-boundary
    session["last_picker"] = picker
    # ok: py-trust-boundary
    session["last_kilos"] = kilos
    return redirect("/receipt")


@app.route("/hello")
def hello():
    name = request.args.get("name", "picker")
    # ruleid: py-xss-response
    return make_response("<p>Happy picking, " + name + "!</p>")


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "picker")
    # ok: py-xss-response
    return make_response("<p>Happy picking, %s!</p>" % escape(name))


def variety_badge(label):
    # ruleid: py-markup-injection
    return Markup("<span class='badge'>%s</span>" % label)


def safe_variety_badge(label):
    # ok: py-markup-injection
    return Markup("<span class='badge'>{}</span>").format(label)


@app.route("/badge")
def badge():
    v = request.args.get("v", "")
    return str(variety_badge(v)) + str(safe_variety_badge(v))


@app.route("/receipts/<path:name>")
def receipt(name):
    # ruleid: py-path-traversal
    return send_file(os.path.join(RECEIPT_DIR, name))


@app.route("/receipts-checked/<path:name>")
def receipt_checked(name):
    full = os.path.realpath(os.path.join(RECEIPT_DIR, name))
    if not full.startswith(RECEIPT_DIR + os.sep):
        abort(404)
    # ok: py-path-traversal
    return send_file(full)


@app.route("/done")
def done():
    target = request.args.get("next", "/")
    # ruleid: py-open-redirect
    return redirect(target)


@app.route("/done-local")
def done_local():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc:
        target = "/"
    # ok: py-open-redirect
    return redirect(target)


@app.route("/pass")
def picker_pass():
    resp = make_response("pass issued")
    # ruleid: py-insecure-cookie
    resp.set_cookie("picker_session", os.urandom(16).hex())
    # ok: py-insecure-cookie
    resp.set_cookie("picker_session2", os.urandom(16).hex(), secure=True, httponly=True, samesite="Lax")
    return resp


if __name__ == "__main__":
    # ruleid: py-debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)
