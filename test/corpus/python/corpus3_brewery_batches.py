"""FastAPI service of a craft brewery: batch logs, recipe sharing, supplier webhooks."""
import hashlib
import hmac
import logging
import os
import re

import jwt
from Crypto.Cipher import AES
from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from lxml import etree
from pymongo import MongoClient

app = FastAPI()
# ruleid: py-cors-credentials-any-origin
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])
log = logging.getLogger("brewery")
batches = MongoClient(os.environ["MONGO_URL"]).brewery.batches
# ruleid: py-hardcoded-credentials
SUPPLIER_WEBHOOK_SECRET = "whsec_4f9a1c7be2d84a0c9e55"
JWT_KEY = os.environ["BREWERY_JWT_KEY"]
# ok: py-jinja2-autoescape-disabled
labels_env = Environment(loader=FileSystemLoader("labels"), autoescape=select_autoescape(["html"]))
# ruleid: py-jinja2-autoescape-disabled
notes_env = Environment(loader=FileSystemLoader("notes"))
STYLE = re.compile(r"^[a-z][a-z -]{1,40}$")


@app.get("/batches")
async def list_batches(style: str = "", brewer: str = ""):
    if STYLE.match(style):
        # ok: py-nosql-injection
        found = list(batches.find({"style": style}, {"_id": 0}))
    else:
        found = []
    # ruleid: py-nosql-injection
    found += list(batches.find({"$where": "this.brewer == '" + brewer + "'"}))
    return found


@app.get("/batches/search")
async def search_notes(pattern: str):
    # ruleid: py-regex-injection
    rx = re.compile(pattern)
    # ok: py-regex-injection
    literal = re.compile(re.escape(pattern), re.IGNORECASE)
    docs = batches.find({}, {"notes": 1, "_id": 0})
    return [d for d in docs if rx.search(d.get("notes", "")) or literal.search(d.get("notes", ""))]


@app.get("/me")
async def me(authorization: str = Header("")):
    token = authorization.removeprefix("Bearer ")
    # ruleid: py-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    # ok: py-jwt-verification-disabled
    verified = jwt.decode(token, JWT_KEY, algorithms=["HS256"])
    return {"unverified_sub": claims.get("sub"), "sub": verified["sub"]}


@app.post("/recipes/import")
async def import_recipe(request: Request):
    body = await request.body()
    # ruleid: py-xxe-request, py-xxe
    tree = etree.fromstring(body, etree.XMLParser(resolve_entities=True, no_network=False))
    # ok: py-xxe-request, py-xxe
    safe = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    return {"name": tree.findtext("name"), "hops": len(safe.findall("hop"))}


@app.post("/webhooks/supplier")
async def supplier_hook(request: Request, x_signature: str = Header("")):
    body = await request.body()
    expected = hmac.new(SUPPLIER_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=401)
    # ok: py-log-injection
    log.info("supplier webhook accepted, %d bytes", len(body))
    return {"ok": True}


@app.get("/labels/preview", response_class=HTMLResponse)
async def preview(beer: str = "", tagline: str = ""):
    # ok: py-template-injection, py-template-injection-taint
    tpl = labels_env.get_template("label.html")
    # ruleid: py-template-injection, py-template-injection-taint
    custom = labels_env.from_string("<h2>" + tagline + "</h2>")
    return tpl.render(beer=beer) + custom.render()


def encrypt_batch_code(code: bytes) -> bytes:
    key = bytes.fromhex(os.environ["BATCH_KEY"])
    # ruleid: py-insecure-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(code.ljust(16, b" "))


@app.get("/tasting")
async def tasting_redirect(room: str = "main"):
    # ok: py-open-redirect
    return RedirectResponse(url=f"/tasting-rooms/{int(room) if room.isdigit() else 0}")
