from flask import Flask, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)


@app.get("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: py-template-injection
    page = render_template_string(f"<h1>Hello {name}</h1>")
    # ruleid: py-template-injection
    page2 = render_template_string("<h1>Hello %s</h1>" % name)
    # ruleid: py-template-injection
    page3 = Template("Dear " + name + ",").render()
    # Request data passed as a whole template is py-template-injection-taint's job.
    # ok: py-template-injection
    page4 = env.from_string(request.args["tpl"]).render()
    return page + page2 + page3 + page4


GREETING = "<h1>Hello {{ name }}</h1>"


@app.get("/hello-safe")
def hello_safe():
    name = request.args.get("name", "")
    # ok: py-template-injection
    page = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ok: py-template-injection
    page2 = render_template_string(GREETING, name=name)
    # ok: py-template-injection
    page3 = Template("Dear {{ name }},").render(name=name)
    # ok: py-template-injection
    text = "Dear %s" % name
    return page + page2 + page3 + text
