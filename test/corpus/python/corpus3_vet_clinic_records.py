"""Flask service of a veterinary clinic: pet records, vaccination certificates, owner portal."""
import hashlib
import logging
import os
import sqlite3
import subprocess

from flask import Flask, abort, jsonify, redirect, request, send_file, session
from markupsafe import escape
from werkzeug.utils import secure_filename

app = Flask(__name__)
# ok: py-hardcoded-credentials
app.secret_key = os.environ["VET_SECRET_KEY"]
log = logging.getLogger("vetclinic")
CERT_DIR = "/srv/vet/certificates"
SPECIES = {"dog", "cat", "rabbit", "ferret", "parrot"}
PORTAL_HOSTS = ("https://portal.pawsandclaws.example/",)


def db():
    return sqlite3.connect("/srv/vet/clinic.db")


@app.get("/pets/search")
def search_pets():
    owner = request.args.get("owner", "")
    species = request.args.get("species", "dog")
    cur = db().cursor()
    # ruleid: py-sql-injection
    cur.execute("SELECT id, name, species FROM pets WHERE owner_name LIKE '%" + owner + "%'")
    rows = cur.fetchall()
    if species in SPECIES:
        # ok: py-sql-injection
        cur.execute("SELECT id, name FROM pets WHERE species = ? AND owner_name = ?", (species, owner))
        rows += cur.fetchall()
    return jsonify(rows)


@app.get("/pets/<int:pet_id>/certificate")
def certificate(pet_id):
    name = request.args.get("file", "")
    # ruleid: py-path-traversal
    return send_file(os.path.join(CERT_DIR, name))


@app.get("/pets/<int:pet_id>/certificate/safe")
def certificate_safe(pet_id):
    name = secure_filename(request.args.get("file", ""))
    # ok: py-path-traversal
    return send_file(os.path.join(CERT_DIR, name))


@app.post("/owners/register")
def register_owner():
    email = request.form["email"]
    password = request.form["password"]
    # ruleid: py-weak-password-hash
    digest = hashlib.md5(password.encode()).hexdigest()
    db().execute("INSERT INTO owners (email, pw) VALUES (?, ?)", (email, digest))
    # ruleid: py-log-injection
    log.info("new owner registered: %s" % email)
    return jsonify({"ok": True})


@app.get("/xrays/<int:pet_id>")
def xray_etag(pet_id):
    path = os.path.join("/srv/vet/xrays", "%d.dcm" % pet_id)
    with open(path, "rb") as fh:
        blob = fh.read()
    # ok: py-weak-password-hash
    etag = hashlib.md5(blob).hexdigest()
    return jsonify({"etag": etag, "size": len(blob)})


@app.post("/labs/convert")
def convert_lab_report():
    report = request.form.get("report_id", "")
    # ruleid: py-command-injection, py-subprocess-shell
    subprocess.run(f"pdftotext /srv/vet/labs/{report}.pdf -", shell=True, check=True)
    # ok: py-command-injection, py-subprocess-shell
    subprocess.run(["pdfinfo", os.path.join("/srv/vet/labs", secure_filename(report) + ".pdf")], check=True)
    return jsonify({"ok": True})


@app.get("/portal/back")
def back_to_portal():
    target = request.args.get("next", "/")
    if target.startswith(PORTAL_HOSTS):
        # ok: py-open-redirect
        return redirect(target)
    # ruleid: py-open-redirect
    return redirect(request.args.get("fallback"))


@app.get("/greet")
def greet():
    nick = request.args.get("nick", "friend")
    # ok: py-xss-response
    return "<p>Welcome back, %s!</p>" % escape(nick)


@app.post("/prefs")
def prefs():
    clinic = request.form.get("clinic", "")
    if clinic not in {"north", "south", "mobile"}:
        abort(400)
    # ok: py-trust-boundary
    session["clinic"] = clinic
    return jsonify({"clinic": clinic})
