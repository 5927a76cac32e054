from django.http import HttpResponse
from flask import Flask, jsonify, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.get("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: py-xss-response
    return f"<h1>Hello {name}</h1>"


@app.get("/search")
def search():
    # ruleid: py-xss-response
    return make_response("<p>No results for " + request.args["q"] + "</p>", 404)


def django_search(request):
    term = request.GET["q"]
    # ruleid: py-xss-response
    return HttpResponse("<p>Results for %s</p>" % term)


@app.get("/greet-safe")
def greet_safe():
    name = request.args.get("name", "")
    # ok: py-xss-response
    return f"<h1>Hello {escape(name)}</h1>"


@app.get("/greet-template")
def greet_template():
    # ok: py-xss-response
    return render_template("greet.html", name=request.args.get("name", ""))


@app.get("/api/echo")
def echo():
    # ok: py-xss-response
    return jsonify(q=request.args.get("q"))


@app.get("/page")
def page():
    number = int(request.args.get("page", "1"))
    # ok: py-xss-response
    return f"<p>Page {number}</p>"


@app.get("/tag")
def tag():
    label = request.args.get("label", "")
    if not label.isalnum():
        label = "all"
    # ok: py-xss-response
    return "<h2>" + label + "</h2>"


@app.get("/tag-loose")
def tag_loose():
    label = request.args.get("label", "")
    if not label.isascii():
        label = "all"
    # ruleid: py-xss-response
    return "<h2>" + label + "</h2>"


@app.route("/badge")
def badge():
    label = request.args.get("label", "")
    # ok: py-xss-response
    return Markup("<span class='badge'>%s</span>" % label)
