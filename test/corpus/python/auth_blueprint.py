"""Account blueprint of a Flask app: login, password reset, preferences, audit logging."""
import hashlib
import logging
import os
import random
import secrets

import jwt
from flask import Blueprint, abort, current_app, make_response, redirect, request, session, url_for

bp = Blueprint("account", __name__)
log = logging.getLogger("account")

# ruleid: py-hardcoded-credentials
SMTP_PASSWORD = "mailer-Pa55w0rd-2024"
# ok: py-hardcoded-credentials
SMTP_USER = os.environ.get("SMTP_USER", "")
# ok: py-hardcoded-credentials
RESET_TOKEN_BYTES = 32
THEMES = ("light", "dark", "contrast")
SAFE_NEXT = ("/", "/orders", "/settings")


def legacy_hash(password):
    # ruleid: py-weak-password-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def avatar_cache_key(image_bytes):
    # ok: py-weak-password-hash
    return hashlib.sha1(image_bytes).hexdigest()


def new_reset_code():
    # ruleid: py-weak-random
    reset_code = "".join(random.choice("0123456789") for _ in range(6))
    return reset_code


def retry_backoff(attempt):
    # ok: py-weak-random
    delay = (2 ** attempt) + random.uniform(0, 1)
    return delay


def new_reset_token():
    # ok: py-weak-random
    reset_token = secrets.token_urlsafe(RESET_TOKEN_BYTES)
    return reset_token


@bp.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    # ruleid: py-log-injection
    log.info("login attempt for %s" % username)
    # ok: py-log-injection
    log.info("login attempt for %r", username.replace("\r", "").replace("\n", ""))
    token = jwt.encode({"sub": username}, current_app.config["JWT_KEY"], algorithm="HS256")
    resp = make_response(redirect(url_for("account.home")))
    # ruleid: py-insecure-cookie
    resp.set_cookie("session_token", token, secure=False, httponly=True)
    # ok: py-insecure-cookie
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
    # ok: py-insecure-cookie
    resp.set_cookie("theme", "dark")
    return resp


@bp.route("/continue")
def continue_after_login():
    target = request.args.get("next", "/")
    # ruleid: py-open-redirect
    return redirect(target)


@bp.route("/continue-safe")
def continue_safe():
    target = request.args.get("next", "/")
    if target not in SAFE_NEXT:
        target = "/"
    # ok: py-open-redirect
    return redirect(target)


@bp.route("/home")
def home():
    # ok: py-open-redirect
    return redirect(url_for("dashboard.index"))


@bp.route("/prefs", methods=["POST"])
def prefs():
    # ruleid: py-trust-boundary
    session["plan"] = request.form["plan"]
    theme = request.form.get("theme")
    if theme not in THEMES:
        abort(400)
    # ok: py-trust-boundary
    session["theme"] = theme
    return "", 204


@bp.route("/api/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    # ruleid: py-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    # ok: py-jwt-verification-disabled
    verified = jwt.decode(token, current_app.config["JWT_KEY"], algorithms=["HS256"])
    # ruleid: py-jwt-expiration-disabled
    stale = jwt.decode(token, current_app.config["JWT_KEY"], algorithms=["HS256"], options={"verify_exp": False})
    return {"claims": claims, "verified": verified, "stale": stale}
