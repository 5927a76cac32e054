"""ops-backup: command-line tool that archives a tenant's uploads and restores saved job state.

Usage: ops-backup TENANT [--restore STATE_FILE] [--compress LEVEL]
Run by support staff on behalf of customers; TENANT and STATE_FILE come from support tickets.
"""
import argparse
import os
import pickle
import shlex
import subprocess
import sys
import json

from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes

UPLOADS = "/srv/uploads"
ARCHIVES = "/srv/archives"
KEY = bytes.fromhex(os.environ.get("BACKUP_KEY_HEX", "00" * 32))


def archive(tenant, level):
    dest = os.path.join(ARCHIVES, tenant + ".tar.gz")
    # ruleid: py-subprocess-shell, py-command-injection
    subprocess.run(f"tar -czf {dest} -C {UPLOADS} {tenant}", shell=True, check=True)
    # ok: py-subprocess-shell, py-command-injection
    subprocess.run(["tar", "-czf", dest, "-C", UPLOADS, tenant], check=True)
    # ok: py-subprocess-shell, py-command-injection
    subprocess.run("tar -czf %s -C %s %s" % (shlex.quote(dest), UPLOADS, shlex.quote(tenant)), shell=True, check=True)
    # ok: py-subprocess-shell, py-command-injection
    subprocess.run("sync && df -h /srv", shell=True, check=False)
    return dest


def read_manifest(tenant):
    # ruleid: py-path-traversal
    with open(os.path.join(UPLOADS, tenant, "manifest.json")) as fh:
        manifest = json.load(fh)
    base = os.path.realpath(UPLOADS)
    target = os.path.realpath(os.path.join(base, tenant, "manifest.json"))
    if not target.startswith(base + os.sep):
        sys.exit("tenant escapes the uploads folder")
    # ok: py-path-traversal
    with open(target) as fh:
        checked = json.load(fh)
    return manifest, checked


def restore(state_file):
    with open(state_file, "rb") as fh:
        # ruleid: py-insecure-deserialization
        state = pickle.load(fh)
    with open(state_file, "rb") as fh:
        # ok: py-insecure-deserialization
        plain = json.load(fh)
    return state, plain


def seal(data):
    # ruleid: py-insecure-cipher
    legacy = DES.new(KEY[:8], DES.MODE_ECB).encrypt(data.ljust(64, b"\0"))
    # ruleid: py-static-iv
    fixed = AES.new(KEY, AES.MODE_CBC, iv=b"\x00" * 16).encrypt(data.ljust(64, b"\0"))
    nonce = get_random_bytes(12)
    # ok: py-insecure-cipher, py-static-iv
    modern = AES.new(KEY, AES.MODE_GCM, nonce=nonce).encrypt_and_digest(data)
    return legacy, fixed, nonce, modern


def main(argv=None):
    parser = argparse.ArgumentParser(prog="ops-backup")
    parser.add_argument("tenant")
    parser.add_argument("--restore")
    parser.add_argument("--compress", type=int, default=6)
    args = parser.parse_args(argv)
    dest = archive(args.tenant, args.compress)
    manifests = read_manifest(args.tenant)
    if args.restore:
        restore(args.restore)
    print(dest, len(manifests), seal(b"done"))


if __name__ == "__main__":
    main(sys.argv[1:])
