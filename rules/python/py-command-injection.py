import os
import subprocess

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
