"""Flask blueprint for customer-editable notification templates and a pricing-rule sandbox."""
import ast
import operator

from flask import Blueprint, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

bp = Blueprint("notify", __name__)
# ruleid: py-jinja2-autoescape-disabled
plain_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=False)
# ok: py-jinja2-autoescape-disabled
html_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=select_autoescape(["html"]))
sandbox = SandboxedEnvironment(autoescape=True)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


@bp.route("/preview", methods=["POST"])
def preview():
    body = request.form["body"]
    # ruleid: py-template-injection, py-template-injection-taint, py-xss-response
    return render_template_string("<div class='preview'>" + body + "</div>")


@bp.route("/preview-safe", methods=["POST"])
def preview_safe():
    # ok: py-template-injection, py-template-injection-taint
    return render_template_string("<div class='preview'>{{ body }}</div>", body=request.form["body"])


@bp.route("/preview-file")
def preview_file():
    # ok: py-template-injection, py-template-injection-taint
    return render_template("preview.html", body=request.args.get("body", ""))


@bp.route("/subject", methods=["POST"])
def subject():
    # ruleid: py-template-injection-taint
    template = html_env.from_string(request.json["subject"])
    return template.render(user="demo")


@bp.route("/welcome")
def welcome():
    name = request.args.get("name", "")
    # ruleid: py-markup-injection
    greeting = Markup("<p>Welcome back, %s</p>" % name)
    # ok: py-markup-injection, py-xss-response
    escaped = Markup("<p>Welcome back, %s</p>") % name
    return render_template("welcome.html", greeting=greeting, escaped=escaped)


@bp.route("/hello")
def hello():
    # ok: py-xss-response
    return "<p>Hello " + str(escape(request.args.get("name", ""))) + "</p>"


def _eval_node(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval_node(node.left), _eval_node(node.right))
    raise ValueError("unsupported expression")


@bp.route("/price", methods=["POST"])
def price():
    formula = request.form["formula"]
    # ruleid: py-code-injection
    total = eval(formula)
    # ok: py-code-injection
    checked = _eval_node(ast.parse(formula, mode="eval").body)
    # ok: py-code-injection
    literal = ast.literal_eval(request.form.get("weights", "[]"))
    return {"total": total, "checked": checked, "weights": literal}


@bp.route("/hook", methods=["POST"])
def hook():
    # ruleid: py-code-injection
    exec(request.form["script"], {"__builtins__": {}})
    return "", 204
