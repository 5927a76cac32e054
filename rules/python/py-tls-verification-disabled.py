import ssl

import httpx
import jwt
import requests


def fetch(url):
    # ruleid: py-tls-verification-disabled
    r = requests.get(url, verify=False, timeout=10)
    # ruleid: py-tls-verification-disabled
    client = httpx.Client(base_url=url, verify=False)
    session = requests.Session()
    # ruleid: py-tls-verification-disabled
    session.verify = False
    return r, client, session


def raw_socket():
    ctx = ssl.create_default_context()
    # ruleid: py-tls-verification-disabled
    ctx.check_hostname = False
    # ruleid: py-tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    # ruleid: py-tls-verification-disabled
    legacy = ssl._create_unverified_context()
    return ctx, legacy


# ruleid: py-tls-verification-disabled
ssl._create_default_https_context = ssl._create_unverified_context


def fetch_safe(url, token):
    # ok: py-tls-verification-disabled
    r = requests.get(url, timeout=10)
    # ok: py-tls-verification-disabled
    r2 = requests.get(url, verify="/etc/ssl/corp-ca.pem", timeout=10)
    # ok: py-tls-verification-disabled
    ctx = ssl.create_default_context(cafile="/etc/ssl/corp-ca.pem")
    # ok: py-tls-verification-disabled
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: py-tls-verification-disabled
    claims = jwt.decode(token, verify=False)
    return r, r2, ctx, claims
