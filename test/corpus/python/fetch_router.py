"""FastAPI router of an integrations service: URL previews, partner XML feeds, config uploads."""
import httpx
import requests
import yaml
from defusedxml import ElementTree as SafeET
from fastapi import APIRouter, HTTPException, Request
from lxml import etree

router = APIRouter(prefix="/integrations")
ALLOWED_FEEDS = {"acme": "https://feeds.acme.example/orders.xml", "globex": "https://globex.example/feed.xml"}
PARTNER_CA = "/etc/ssl/partners.pem"


@router.get("/preview")
def preview(url: str):
    # ruleid: py-ssrf
    page = requests.get(url, timeout=5)
    return {"status": page.status_code, "length": len(page.content)}


@router.get("/feed/{partner}")
def feed(partner: str):
    feed_url = ALLOWED_FEEDS.get(partner)
    if feed_url is None:
        raise HTTPException(status_code=404)
    # ok: py-ssrf
    body = requests.get(feed_url, timeout=5, verify=PARTNER_CA).content
    # ok: py-xxe
    root = SafeET.fromstring(body)
    return {"orders": len(root)}


@router.post("/webhook-test")
async def webhook_test(request: Request):
    data = await request.json()
    async with httpx.AsyncClient() as client:
        # ruleid: py-ssrf
        reply = await client.post(data["callback"], json={"ping": True})
    return {"status": reply.status_code}


@router.get("/legacy-partner")
def legacy_partner():
    # ruleid: py-tls-verification-disabled
    body = requests.get("https://legacy.partner.example/export", verify=False, timeout=10)
    # ok: py-tls-verification-disabled
    checked = requests.get("https://legacy.partner.example/export", verify=PARTNER_CA, timeout=10)
    return {"a": body.status_code, "b": checked.status_code}


@router.post("/import-xml")
async def import_xml(request: Request):
    raw = await request.body()
    # ruleid: py-xxe
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    # ruleid: py-xxe-request
    doc = etree.fromstring(raw, parser)
    # ok: py-xxe
    hardened = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return {"root": doc.tag, "parser": str(hardened)}


@router.post("/import-xml-default")
async def import_xml_default(request: Request):
    raw = await request.body()
    # ruleid: py-xxe-request
    doc = etree.fromstring(raw)
    return {"root": doc.tag}


@router.post("/config")
async def upload_config(request: Request):
    text = (await request.body()).decode("utf-8")
    # ruleid: py-yaml-unsafe-load
    config = yaml.load(text, Loader=yaml.Loader)
    # ok: py-yaml-unsafe-load
    safe = yaml.safe_load(text)
    # ok: py-yaml-unsafe-load
    also_safe = yaml.load(text, Loader=yaml.SafeLoader)
    return {"keys": list(config), "safe": safe, "also": also_safe}
