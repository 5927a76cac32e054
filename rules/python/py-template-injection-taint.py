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
