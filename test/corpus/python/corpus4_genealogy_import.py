"""Family-tree importer: FastAPI service that ingests GEDCOM-XML exports, YAML mappings and photo links."""
import re
from urllib.parse import urlparse

import defusedxml.ElementTree as SafeET
import requests
import yaml
from fastapi import FastAPI, HTTPException, Request
from lxml import etree
from pymongo import MongoClient

app = FastAPI()
people = MongoClient("mongodb://localhost:27017")["genealogy"]["people"]
PHOTO_HOSTS = {"archive.example.org", "photos.familytree.example.com"}

# ruleid: py-redos-regex
SURNAME_VARIANTS = re.compile(r"^([A-Za-z]+\s?)+-(\w+)*$")
# ok: py-redos-regex
YEAR_RANGE = re.compile(r"^(\d{4})-(\d{4})$")


def hardened_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.post("/import/gedxml")
async def import_gedxml(request: Request):
    body = await request.body()
    # ruleid: py-xxe-request
    tree = etree.fromstring(body, etree.XMLParser(resolve_entities=True))
    count = 0
    for person in tree.iter("person"):
        people.insert_one({"name": person.findtext("name"), "born": person.findtext("born")})
        count += 1
    return {"imported": count}


@app.post("/import/gedxml-safe")
async def import_gedxml_safe(request: Request):
    body = await request.body()
    # ok: py-xxe-request
    tree = etree.fromstring(body, hardened_parser())
    # ok: py-xxe
    other = SafeET.fromstring(body)
    return {"people": len(tree.findall("person")), "check": other.tag}


def load_archive_index(path):
    # ruleid: py-xxe
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    return etree.parse(path, parser)


@app.post("/mappings")
async def upload_mapping(request: Request):
    text = (await request.body()).decode("utf-8")
    # ruleid: py-yaml-unsafe-load
    mapping = yaml.load(text, Loader=yaml.Loader)
    # ok: py-yaml-unsafe-load
    checked = yaml.load(text, Loader=yaml.SafeLoader)
    return {"fields": list(mapping), "same": mapping == checked}


@app.get("/people/by-name")
def by_name(name: str):
    tree = load_archive_index("/srv/genealogy/archive-index.xml")
    # ruleid: py-xpath-injection
    hits = tree.xpath("//person[name='" + name + "']/@id")
    # ok: py-xpath-injection
    safe_hits = tree.xpath("//person[name=$n]/@id", n=name)
    return {"ids": list(hits), "safe": list(safe_hits)}


@app.get("/people/search")
def search(surname: str, born_after: int = 0):
    # ruleid: py-nosql-injection
    docs = people.find({"$where": "this.surname.indexOf('" + surname + "') === 0"})
    # ok: py-nosql-injection
    recent = people.find({"surname": surname, "born": {"$gt": int(born_after)}})
    return {"prefix": [d["_id"] for d in docs], "recent": [d["_id"] for d in recent]}


@app.get("/people/pattern")
def pattern(expr: str, literal: str = ""):
    # ruleid: py-regex-injection
    rx = re.compile(expr, re.IGNORECASE)
    # ok: py-regex-injection
    lit = re.compile(re.escape(literal))
    names = [p["name"] for p in people.find({}, {"name": 1}).limit(500)]
    return {"match": [n for n in names if rx.search(n)], "lit": [n for n in names if lit.search(n)]}


@app.get("/variants")
def variants(surname: str):
    return {"ok": bool(SURNAME_VARIANTS.match(surname)), "range": bool(YEAR_RANGE.match(surname))}


@app.post("/photos/attach")
async def attach_photo(request: Request):
    data = await request.json()
    url = data["photo_url"]
    # ruleid: py-ssrf
    resp = requests.get(url, timeout=10)
    return {"bytes": len(resp.content)}


@app.post("/photos/attach-checked")
async def attach_photo_checked(request: Request):
    data = await request.json()
    url = data["photo_url"]
    host = urlparse(url).hostname
    if urlparse(url).scheme != "https" or host not in PHOTO_HOSTS:
        raise HTTPException(status_code=400, detail="photo host not allowed")
    # ok: py-ssrf
    resp = requests.get(url, timeout=10, allow_redirects=False)
    return {"bytes": len(resp.content)}


@app.get("/archive/health")
def archive_health():
    # ruleid: py-tls-verification-disabled
    r = requests.get("https://archive.internal.example.org/health", verify=False)
    # ok: py-tls-verification-disabled
    s = requests.get("https://photos.familytree.example.com/health", verify="/etc/ssl/certs/ca-bundle.crt")
    return {"archive": r.status_code, "photos": s.status_code}
