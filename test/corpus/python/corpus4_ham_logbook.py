#!/usr/bin/env python3
"""qsolog: command-line tool that merges amateur-radio contact logs and syncs them with a club server."""
import argparse
import hashlib
import os
import pickle
import random
import secrets
import sqlite3
import subprocess
import sys

import requests
import yaml

CLUB_SERVER = "https://club-log.example.net/api"
# ruleid: py-hardcoded-credentials
CLUB_API_TOKEN = "cl_9b1f2e7a0c4d4e88a51f3b6d2c7e9a10"
CONFIG = os.path.expanduser("~/.config/qsolog.yaml")


def load_config():
    with open(CONFIG) as fh:
        # ok: py-yaml-unsafe-load
        return yaml.safe_load(fh) or {}


def load_shared_rules(path):
    with open(path) as fh:
        # ruleid: py-yaml-unsafe-load
        return yaml.load(fh, Loader=yaml.UnsafeLoader)


def parse_adif(text):
    records, current = [], {}
    for chunk in text.split("<")[1:]:
        tag, _, rest = chunk.partition(">")
        name = tag.split(":")[0].lower()
        if name == "eor":
            records.append(current)
            current = {}
        elif ":" in tag:
            length = int(tag.split(":")[1])
            current[name] = rest[:length]
    return records


def fetch_remote_log(callsign):
    resp = requests.get(f"{CLUB_SERVER}/logs/{callsign}", headers={"Authorization": CLUB_API_TOKEN}, timeout=20)
    return parse_adif(resp.text)


def store(db, records):
    for r in records:
        # ok: py-sql-injection
        db.execute("INSERT OR IGNORE INTO qso (call, band, mode, ts) VALUES (?, ?, ?, ?)",
                   (r.get("call"), r.get("band"), r.get("mode"), r.get("qso_date")))
    db.commit()


def band_report(db, band):
    # ok: py-sql-injection
    return db.execute("SELECT call, mode FROM qso WHERE band = ?", (band,)).fetchall()


def modes_for_remote(db, records):
    seen = {}
    for r in records:
        where = "call = '" + r.get("call", "") + "'"
        # ruleid: py-sql-injection
        seen[r.get("call")] = db.execute("SELECT DISTINCT mode FROM qso WHERE " + where).fetchall()
    return seen


def lookup_grid(records):
    for r in records:
        call = r.get("call", "")
        # ruleid: py-command-injection, py-subprocess-shell
        out = subprocess.check_output("gridlookup " + call, shell=True, text=True)
        r["grid"] = out.strip()
        # ok: py-command-injection, py-subprocess-shell
        r["country"] = subprocess.check_output(["dxcc", "--call", call], text=True).strip()


def load_dxcc_index():
    resp = requests.get(f"{CLUB_SERVER}/dxcc-index.pickle", timeout=20)
    # ruleid: py-insecure-deserialization
    return pickle.loads(resp.content)


def club_password_digest(password):
    # ruleid: py-weak-password-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def file_fingerprint(path):
    with open(path, "rb") as fh:
        # ok: py-weak-password-hash
        return hashlib.md5(fh.read()).hexdigest()


def upload_nonce():
    # ruleid: py-weak-random
    return "%016x" % random.getrandbits(64)


def upload(records, password, verify_tls):
    payload = {"records": records, "nonce": secrets.token_hex(8), "pw": club_password_digest(password)}
    # ok: py-tls-verification-disabled
    requests.post(f"{CLUB_SERVER}/upload", json=payload, verify=verify_tls, timeout=30)
    # ruleid: py-tls-verification-disabled
    requests.post("https://mirror.club-log.example.net/upload", json=payload, verify=False, timeout=30)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="qsolog")
    ap.add_argument("--merge-from", help="callsign whose remote log to merge")
    ap.add_argument("--rules", help="shared YAML rules file")
    ap.add_argument("--band", default="20m")
    ap.add_argument("--log", help="ADIF file to fingerprint")
    args = ap.parse_args(argv)
    cfg = load_config()
    db = sqlite3.connect(cfg.get("db", "qso.db"))
    if args.merge_from:
        remote = fetch_remote_log(args.merge_from)
        lookup_grid(remote)
        store(db, remote)
        print(modes_for_remote(db, remote))
    if args.rules:
        print(load_shared_rules(args.rules))
    for row in band_report(db, args.band):
        print(*row)
    if args.log:
        print(file_fingerprint(args.log), len(load_dxcc_index()), upload_nonce())
    upload([], cfg.get("password", ""), True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
