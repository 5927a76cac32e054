import defusedxml.ElementTree as SafeET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@app.post("/invoice")
def invoice():
    # ruleid: py-xxe-request
    doc = etree.fromstring(request.data)
    return {"total": doc.findtext("total")}


@app.post("/invoice-upload")
def invoice_upload():
    # ruleid: py-xxe-request
    tree = etree.parse(request.files["invoice"])
    return {"total": tree.findtext("total")}


@app.post("/invoice-safe")
def invoice_safe():
    # ok: py-xxe-request
    doc = etree.fromstring(request.data, SAFE_PARSER)
    # ok: py-xxe-request
    other = SafeET.fromstring(request.data)
    # ok: py-xxe-request
    local = etree.parse("/srv/config/invoice-template.xml")
    return {"total": doc.findtext("total"), "other": other.tag, "local": local.getroot().tag}


LEGACY_PARSER = etree.XMLParser(resolve_entities=True)


@app.post("/invoice-legacy")
def invoice_legacy():
    # ruleid: py-xxe-request
    doc = etree.fromstring(request.data, etree.XMLParser(resolve_entities=True, no_network=False))
    # ruleid: py-xxe-request
    old = etree.fromstring(request.data, LEGACY_PARSER)
    # ok: py-xxe-request
    safe = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False))
    return {"a": doc.tag, "b": old.tag, "c": safe.tag}
