from flask import Flask, request
from lxml import etree

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.post("/login")
def login():
    name = request.form["name"]
    password = request.form["password"]
    # ruleid: py-xpath-injection
    users = tree.xpath(f"//user[name='{name}' and pass='{password}']")
    # ruleid: py-xpath-injection
    first = tree.getroot().find(".//user[@id='" + request.form["id"] + "']")
    return {"ok": bool(users), "first": first is not None}


@app.post("/login-safe")
def login_safe():
    # ok: py-xpath-injection
    users = tree.xpath("//user[name=$name and pass=$pw]", name=request.form["name"], pw=request.form["password"])
    # ok: py-xpath-injection
    by_id = tree.xpath("//user[@id=%d]" % int(request.form["id"]))
    return {"ok": bool(users), "by_id": len(by_id)}
