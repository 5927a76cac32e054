from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]


@app.post("/login")
def login():
    body = request.get_json()
    # ruleid: py-nosql-injection
    user = db.users.find_one({"username": body["username"], "password": body["password"]})
    return {"ok": user is not None}


@app.get("/orders")
def orders():
    status = request.args["status"]
    # ruleid: py-nosql-injection
    rows = list(db.orders.find({"$where": "this.status == '" + status + "'"}))
    return {"count": len(rows)}


@app.post("/login-safe")
def login_safe():
    body = request.get_json()
    username = str(body["username"])
    password = str(body["password"])
    # ok: py-nosql-injection
    user = db.users.find_one({"username": username, "password": password})
    page = int(request.args.get("page", "0"))
    # ok: py-nosql-injection
    rows = list(db.orders.find({"page": page}))
    return {"ok": user is not None, "rows": len(rows)}
