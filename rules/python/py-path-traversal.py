import json
import os

from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.get("/report")
def report():
    name = request.args["name"]
    path = os.path.join(REPORTS, name)
    # ruleid: py-path-traversal
    with open(path) as fh:
        return fh.read()


@app.get("/download/<path:filename>")
def download(filename):
    # ruleid: py-path-traversal
    return send_file(filename)


@app.get("/logs")
def logs():
    # ruleid: py-path-traversal
    return send_file(os.path.join(REPORTS, request.args["name"]))


@app.post("/upload")
def upload():
    f = request.files["file"]
    # ruleid: py-path-traversal
    f.save_to = open(REPORTS + "/" + request.form["name"], "wb")
    safe = secure_filename(f.filename)
    # ok: py-path-traversal
    with open(os.path.join(REPORTS, safe), "wb") as out:
        out.write(f.read())
    return "ok"


@app.get("/report-safe")
def report_safe():
    full = os.path.realpath(os.path.join(REPORTS, request.args["name"]))
    if not full.startswith(REPORTS + os.sep):
        return "bad path", 400
    # ok: py-path-traversal
    with open(full) as fh:
        body = fh.read()
    # ok: py-path-traversal
    other = send_from_directory(REPORTS, request.args["name"])
    # ok: py-path-traversal
    with open(os.path.join(REPORTS, "index.txt")) as fh:
        return body + fh.read(), other



# A list's remove() is not a file operation.
@app.post("/tags/remove")
def remove_tag():
    tags = ["news", "sport"]
    # ok: py-path-traversal
    tags.remove(request.form["tag"])
    return {"tags": tags}


# Kafka consumer: the export request was produced by the public API.
def build_export(msg):
    request_data = json.loads(msg.value())
    # ruleid: py-path-traversal
    with open(os.path.join(REPORTS, request_data["name"])) as fh:
        raw = fh.read()
    # ok: py-path-traversal
    with open(os.path.join(REPORTS, secure_filename(request_data["name"]))) as fh:
        safe = fh.read()
    return raw + safe
