from urllib.parse import quote, urlparse
from urllib.request import urlopen

import httpx
import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.partner.example", "cdn.partner.example"}


@app.get("/preview")
def preview():
    # ruleid: py-ssrf
    return requests.get(request.args["url"], timeout=5).text


@app.post("/webhook-test")
def webhook_test():
    target = request.json["callback_url"]
    # ruleid: py-ssrf
    httpx.post(target, json={"ping": True})
    # ruleid: py-ssrf
    body = urlopen(target).read()
    return body


@app.get("/preview-safe")
def preview_safe():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # ok: py-ssrf
    return requests.get(url, timeout=5).text


@app.get("/fixed")
def fixed():
    # ok: py-ssrf
    status = requests.get("https://status.example.com/health", timeout=5).status_code
    return str(status)


@app.get("/order-status")
def order_status():
    # A number cannot move the request to another host.
    # ok: py-ssrf
    return requests.get(f"https://orders.internal.example/v1/{int(request.args['id'])}", timeout=5).text


# Webhook delivery job: the callback URL was registered through the public API.
def deliver(job):
    # ruleid: py-ssrf
    requests.post(job.payload["callback_url"], json=job.payload["event"], timeout=5)
    callback = job.payload["callback_url"]
    if urlparse(callback).hostname not in ALLOWED_HOSTS:
        return
    # ok: py-ssrf
    requests.post(callback, json=job.payload["event"], timeout=5)
