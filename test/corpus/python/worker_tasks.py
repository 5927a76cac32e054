"""Celery tasks of the media service: thumbnails, exports, webhooks, account clean-up.

Task arguments are taken from the HTTP API request that queued them (see api/jobs.py), so
request-derived values below arrive as plain function parameters; the view functions at the end
are the HTTP side.
"""
import hashlib
import os
import subprocess

import requests
from celery import shared_task
from flask import Blueprint, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("media", __name__)
MEDIA_ROOT = "/srv/media"
CONVERTERS = {"webp": "cwebp", "avif": "avifenc"}
API_BASE = "https://api.partner.example"


@shared_task
def purge_cache(url):
    # ok: py-weak-password-hash
    key = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    return key


@bp.route("/media/<path:name>")
def media(name):
    # ok: py-path-traversal
    return send_from_directory(MEDIA_ROOT, name)


@bp.route("/media-raw")
def media_raw():
    name = request.args.get("name", "")
    # ruleid: py-path-traversal
    with open(os.path.join(MEDIA_ROOT, name), "rb") as fh:
        data = fh.read()
    safe_name = secure_filename(name)
    # ok: py-path-traversal
    with open(os.path.join(MEDIA_ROOT, safe_name), "rb") as fh:
        same = fh.read()
    return data + same


@bp.route("/convert", methods=["POST"])
def convert():
    tool = request.form["tool"]
    src = os.path.join(MEDIA_ROOT, secure_filename(request.form["file"]))
    # ruleid: py-command-injection
    subprocess.run([tool, src, "-o", src + ".out"], check=True)
    program = CONVERTERS.get(request.form["format"], "cwebp")
    # ok: py-command-injection
    subprocess.run([program, src, "-o", src + ".out"], check=True)
    return "", 202


@bp.route("/partner-user")
def partner_user():
    user_id = request.args.get("id", "")
    # ok: py-ssrf
    profile = requests.get(f"{API_BASE}/users/{int(user_id)}", timeout=5)
    host = request.args.get("mirror", "")
    host = "mirror.partner.example"
    # ok: py-ssrf
    mirror = requests.get(f"https://{host}/status", timeout=5)
    return {"profile": profile.json(), "mirror": mirror.status_code}


@bp.route("/partner-proxy")
def partner_proxy():
    host = request.args.get("host", "")
    # ruleid: py-ssrf
    reply = requests.get(f"https://{host}/api/status", timeout=5)
    return {"status": reply.status_code}


@bp.route("/debug-shell")
def debug_shell():
    cmd = request.args.get("cmd", "")
    if False:
        # ok: py-subprocess-shell, py-command-injection
        subprocess.run(cmd, shell=True)
    return "", 404
