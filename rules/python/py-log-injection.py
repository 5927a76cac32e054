import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.post("/login")
def login():
    user = request.form["user"]
    # ruleid: py-log-injection
    logger.warning(f"login failed for {user}")
    # ruleid: py-log-injection
    logging.info("search: " + request.args["q"])
    # ok: py-log-injection
    logger.warning("login failed for %r", user)
    # ok: py-log-injection
    logger.warning("login failed for %s", user.replace("\r", "").replace("\n", ""))
    # ok: py-log-injection
    logger.info("login attempt")
    # ruleid: py-log-injection
    logger.warning("login failed for %s from %s", user, request.headers.get("X-Forwarded-For"))
    # ok: py-log-injection
    logger.warning("login failed for %r (attempt %d)", user, int(request.args.get("n", "1")))
    # ok: py-log-injection
    logger.warning('login failed for %r', request.headers.get("X-Forwarded-For"))
    # ruleid: py-log-injection
    logger.warning('login failed from %s', request.headers.get("X-Forwarded-For"))
    return "no", 401
