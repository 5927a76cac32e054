import argparse
import json
import os
import re
import shlex
import sys
import subprocess

import requests

from flask import Flask, request

app = Flask(__name__)
TOOLS = {"png": ["optipng", "-o2"], "jpg": ["jpegoptim"]}


@app.post("/optimize")
def optimize():
    tool = request.form["tool"]
    # ruleid: py-command-injection
    subprocess.run([tool, "/srv/uploads/latest"], check=True)
    # ruleid: py-command-injection
    subprocess.check_output(request.json["argv"])
    # ruleid: py-command-injection
    os.execvp(request.form["cmd"], [request.form["cmd"]])
    return "ok"


@app.post("/optimize-safe")
def optimize_safe():
    kind = request.form["kind"]
    if kind not in TOOLS:
        return "unknown", 400
    # ok: py-command-injection
    subprocess.run(TOOLS[kind] + ["--", request.form["file"]], check=True)
    # ok: py-command-injection
    subprocess.run(["convert", request.form["file"], "out.png"], check=True)
    return "ok"


# --- Shell command strings built from untrusted data: the shell parses ; | $( ) in the value.
@app.post("/archive")
def archive_upload():
    name = request.form["name"]
    # ruleid: py-command-injection
    subprocess.run(f"tar -czf /srv/archives/{name}.tgz /srv/uploads/{name}", shell=True, check=True)
    # ruleid: py-command-injection
    os.system("convert /srv/uploads/" + name + " /srv/thumbs/" + name)
    # ok: py-command-injection
    subprocess.run(f"tar -czf /srv/archives/{shlex.quote(name)}.tgz", shell=True, check=True)
    # ok: py-command-injection
    subprocess.run("df -h /srv", shell=True, check=True)
    return "ok"


# --- Command-line tools run on someone else's behalf: their arguments are untrusted too.
def vacuum_logs(argv=None):
    parser = argparse.ArgumentParser(prog="vacuum-logs")
    parser.add_argument("service")
    args = parser.parse_args(argv)
    # ruleid: py-command-injection
    os.system(f"journalctl --vacuum-time=7d -u {args.service}")
    # ok: py-command-injection
    subprocess.run(["journalctl", "--vacuum-time=7d", "-u", args.service], check=True)


def whois(domain):
    # ruleid: py-command-injection
    return subprocess.getoutput("whois " + domain)


if __name__ == "__main__":
    vacuum_logs(sys.argv[1:])
    print(whois(sys.argv[1]))


# RabbitMQ consumer (pika): the body was published by the upload API.
def on_convert(ch, method, properties, body):
    job = json.loads(body)
    # ruleid: py-command-injection
    subprocess.run(f"convert /srv/uploads/{job['file']} /srv/thumbs/{job['file']}.png", shell=True, check=True)
    # ok: py-command-injection
    subprocess.run(["convert", f"/srv/uploads/{job['file']}", "/srv/thumbs/out.png"], check=True)
    ch.basic_ack(delivery_tag=method.delivery_tag)


# An argument list kept in a variable: what matters is its first element, the program.
@app.post("/thumbnail")
def thumbnail():
    cmd = ["convert", request.form["file"], "-resize", "128x128", "thumb.png"]
    # ok: py-command-injection
    subprocess.run(cmd, check=True)
    tool_cmd = [request.form["tool"], request.form["file"]]
    # ruleid: py-command-injection
    subprocess.run(tool_cmd, check=True)
    return "ok"


HOST_RE = re.compile(r"[a-z0-9.-]+")
KNOWN_TOOLS = {"ping", "dig"}


@app.route("/lookup")
def lookup():
    host = request.args.get("host", "")
    if not re.fullmatch(r"[a-z0-9.-]+", host):
        return "bad host", 400
    # ok: py-command-injection
    os.system("nslookup " + host)
    tool = request.args.get("tool", "")
    known = tool in KNOWN_TOOLS
    if not known:
        return "bad tool", 400
    # ok: py-command-injection
    os.system(tool + " example.com")
    return "ok"


@app.route("/lookup2")
def lookup2():
    host = request.args.get("host", "")
    valid = HOST_RE.fullmatch(host)
    if valid:
        print("looks fine")
    # ruleid: py-command-injection
    os.system("nslookup " + host)
    return "ok"


def restart_self():
    # Re-executing the interpreter with the same arguments runs the same program.
    args = [sys.executable, "-m", "worker"] + sys.argv[1:]
    # ok: py-command-injection
    return subprocess.run(args).returncode


# What another service answers is outside data too.
def sync_mirror(mirror_url):
    manifest = requests.get(mirror_url + "/manifest.json", timeout=10).json()
    # ruleid: py-command-injection
    os.system("rsync -a " + manifest["source"] + " /srv/mirror/")
    port = int(manifest["port"])
    # ok: py-command-injection
    subprocess.run(["rsync", "-a", "--port", str(port), "mirror::pkgs", "/srv/mirror/"], check=True)

