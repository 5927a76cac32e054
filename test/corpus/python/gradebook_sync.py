"""gradebook-sync: nightly cron job that pushes a school's grades to the district SIS.

Usage: gradebook-sync [--term T] [--dry-run]
Runs on the school's admin server. Attachments listed by the SIS API are downloaded and unpacked.
"""
import argparse
import base64
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import requests
import yaml
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

SIS_URL = "https://sis.district.example/api"
# ok: py-hardcoded-credentials
SIS_CLIENT_ID = "gradebook-sync"
# ruleid: py-hardcoded-credentials
SIS_CLIENT_SECRET = "Zq8wT1vLr0Kx4mPa7nB2cY6dHs9gJe3F"
# ok: py-hardcoded-credentials
EXAMPLE_CONFIG = {"api_token": "<your-token-here>", "term": "2025-S1"}
SPOOL = Path("/var/spool/gradebook")
EXPORT_IV = b"gradebook-iv-001"


def load_config(path):
    with open(path) as fh:
        # ok: py-yaml-unsafe-load
        return yaml.load(fh, Loader=yaml.SafeLoader)


def session_for(cfg):
    s = requests.Session()
    # ok: py-hardcoded-credentials
    s.auth = (SIS_CLIENT_ID, os.environ["SIS_PASSWORD"])
    if cfg.get("sis_ca_bundle"):
        # ok: py-tls-verification-disabled
        s.verify = cfg["sis_ca_bundle"]
    else:
        # ruleid: py-tls-verification-disabled
        s.verify = False
    return s


def encrypt_export(key, payload):
    # ruleid: py-insecure-cipher
    legacy = AES.new(key, AES.MODE_ECB).encrypt(payload.ljust((len(payload) // 16 + 1) * 16, b" "))
    # ok: py-insecure-cipher, py-static-iv
    gcm = AES.new(key, AES.MODE_GCM, nonce=get_random_bytes(12))
    sealed, tag = gcm.encrypt_and_digest(payload)
    return {"legacy": base64.b64encode(legacy).decode(), "data": base64.b64encode(gcm.nonce + tag + sealed).decode()}


def encrypt_for_archive(key, payload):
    padded = payload + b"\x00" * (16 - len(payload) % 16)
    # ruleid: py-static-iv
    return AES.new(key, AES.MODE_CBC, iv=EXPORT_IV).encrypt(padded)


def fetch_attachments(s, term):
    listing = s.get(f"{SIS_URL}/terms/{term}/attachments", timeout=30).json()
    for item in listing["items"]:
        blob = s.get(item["href"], timeout=60).content
        # ok: py-weak-password-hash
        if hashlib.sha1(blob).hexdigest() != item["sha1"]:
            print(f"checksum mismatch for {item['name']}", file=sys.stderr)
            continue
        archive = SPOOL / "incoming.zip"
        archive.write_bytes(blob)
        # ruleid: py-subprocess-shell
        subprocess.run(f"unzip -o {archive} -d {SPOOL}/{item['name']}", shell=True, check=True)
        # ok: py-subprocess-shell
        subprocess.run("find /var/spool/gradebook -mtime +30 -delete", shell=True, check=True)


def teacher_pin_digest(pin):
    # ruleid: py-weak-password-hash
    return hashlib.md5(pin.encode()).hexdigest()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="gradebook-sync")
    parser.add_argument("--term", default="current")
    parser.add_argument("--config", default="/etc/gradebook/sync.yaml")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    cfg = load_config(args.config)
    s = session_for(cfg)
    grades = json.loads((SPOOL / f"{args.term}.json").read_text())
    key = bytes.fromhex(os.environ["GRADEBOOK_EXPORT_KEY"])
    body = encrypt_export(key, json.dumps(grades).encode())
    if not args.dry_run:
        s.post(f"{SIS_URL}/terms/{args.term}/grades", json=body, timeout=60).raise_for_status()
        (SPOOL / "archive.bin").write_bytes(encrypt_for_archive(key, json.dumps(grades).encode()))
    fetch_attachments(s, args.term)
    return 0


if __name__ == "__main__":
    sys.exit(main())
