import re

from flask import Flask, request

app = Flask(__name__)


@app.get("/search")
def search():
    term = request.args["q"]
    # ruleid: py-regex-injection
    rx = re.compile(term, re.I)
    # ruleid: py-regex-injection
    hits = re.findall("^" + request.args["prefix"], "some text")
    # ok: py-regex-injection
    safe = re.compile(re.escape(term), re.I)
    # ok: py-regex-injection
    fixed = re.search(r"^[a-z]+$", term)
    return {"n": len(hits), "ok": bool(fixed), "p": [rx.pattern, safe.pattern]}
