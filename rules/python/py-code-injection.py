import ast
import json

from flask import request


def calc():
    # ruleid: py-code-injection
    value = eval(request.args["expr"])
    # ruleid: py-code-injection
    exec("result = " + request.form["code"])
    # ruleid: py-code-injection
    code = compile(request.data.decode(), "<upload>", "exec")
    # ruleid: py-code-injection
    exec(compile(request.form["script"], "<form>", "exec"))
    return value, code


def safe():
    # ok: py-code-injection
    total = eval("2 + 3")
    # ok: py-code-injection
    literal = ast.literal_eval(request.args["list"])
    # ok: py-code-injection
    data = json.loads(request.data)
    # ok: py-code-injection
    pattern = __import__("re").compile(request.args["q"])
    return total, literal, data, pattern
