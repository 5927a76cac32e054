import json

from flask import Flask, render_template_string, request
from jinja2 import Template

app = Flask(__name__)
TEMPLATES = {"short": "Hi {{ name }}", "long": "Hello {{ name }}, welcome back"}


@app.post("/preview")
def preview():
    source = request.form["template"]
    # ruleid: py-template-injection-taint
    page = render_template_string(source)
    # ruleid: py-template-injection-taint
    page2 = Template(request.json["body"]).render()
    return page + page2


@app.get("/greet")
def greet():
    style = request.args.get("style", "short")
    if style not in TEMPLATES:
        style = "short"
    # ok: py-template-injection-taint
    page = render_template_string(TEMPLATES["short"], name=request.args.get("name"))
    # ok: py-template-injection-taint
    page2 = render_template_string("Hello {{ name }}", name=request.args.get("name"))
    return page + page2


# --- Template source assembled from request data inside the call.
@app.post("/banner")
def banner():
    title = request.form.get("title", "")
    # ruleid: py-template-injection-taint
    head = render_template_string(f"<h1>{title}</h1>")
    # ruleid: py-template-injection-taint
    note = Template("<p>" + request.form["note"] + "</p>").render()
    # ruleid: py-template-injection-taint
    card = render_template_string("<div class='card'>%s</div>" % request.args["card"])
    # ok: py-template-injection-taint
    safe = render_template_string("<h1>{{ title }}</h1>", title=title)
    # ok: py-template-injection-taint
    sized = render_template_string("<h1 style='font-size: %dpx'>{{ t }}</h1>" % int(request.args["size"]), t=title)
    return head + note + card + safe + sized


# --- An uploaded template file is text the client wrote.
@app.post("/themes")
def upload_theme():
    text = request.files["theme"].read().decode("utf-8")
    # ruleid: py-template-injection-taint
    preview = Template(text).render(user="demo")
    with open("themes/default.html", encoding="utf-8") as fh:
        # ok: py-template-injection-taint
        default = Template(fh.read()).render(user="demo")
    return preview + default


# --- Queue consumers: the message body was published by another service from client input.
def on_render_request(ch, method, properties, body):
    job = json.loads(body)
    # ruleid: py-template-injection-taint
    Template(job["subject"]).render(name=job["name"])
    # ok: py-template-injection-taint
    Template(TEMPLATES["short"]).render(name=job["name"])
    ch.basic_ack(delivery_tag=method.delivery_tag)


def handle_sqs(message):
    payload = json.loads(message.body)
    # ruleid: py-template-injection-taint
    return render_template_string(payload["layout"], items=payload["items"])
