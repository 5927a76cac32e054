import ast
import json

from flask import request


def calc():
    # ruleid: py-eval-injection
    value = eval(request.args["expr"])
    # ruleid: py-eval-injection
    exec("result = " + request.form["code"])
    # ruleid: py-eval-injection
    code = compile(request.data.decode(), "<upload>", "exec")
    # ruleid: py-eval-injection
    exec(compile(request.form["script"], "<form>", "exec"))
    return value, code


def safe():
    # ok: py-eval-injection
    total = eval("2 + 3")
    # ok: py-eval-injection
    literal = ast.literal_eval(request.args["list"])
    # ok: py-eval-injection
    data = json.loads(request.data)
    # ok: py-eval-injection
    pattern = __import__("re").compile(request.args["q"])
    return total, literal, data, pattern
