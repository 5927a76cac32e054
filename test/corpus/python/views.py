"""Flask views of a small inventory service."""
import os
import sqlite3
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
conn = sqlite3.connect("inventory.db")
CATEGORIES = ("tools", "garden", "kitchen")


def category_filter(category):
    if category not in CATEGORIES:
        raise ValueError(category)
    return " WHERE category = '%s'" % category


def search_clause(term):
    return " WHERE name LIKE '%" + term + "%'"


@app.route("/items")
def items():
    category = request.args.get("category", "tools")
    # ok: py-sql-injection
    rows = conn.execute("SELECT * FROM items" + category_filter(category)).fetchall()
    term = request.args.get("q", "")
    # ruleid: py-sql-injection
    found = conn.execute("SELECT * FROM items" + search_clause(term)).fetchall()
    # ok: py-sql-injection
    safe = conn.execute("SELECT * FROM items WHERE name LIKE ?", (f"%{term}%",)).fetchall()
    return {"rows": rows, "found": found, "safe": safe}


@app.route("/items/<item_id>")
def item(item_id):
    cur = conn.cursor()
    # ruleid: py-sql-injection
    cur.execute(f"SELECT * FROM items WHERE id = {item_id}")
    # ok: py-sql-injection
    cur.execute("SELECT * FROM items WHERE id = %d" % int(item_id))
    return {"item": cur.fetchone()}


@app.route("/items", methods=["POST"])
def create():
    data = request.get_json()
    name = data["name"].strip()
    price = float(data["price"])
    # ruleid: py-sql-injection
    conn.execute("INSERT INTO items (name, price) VALUES ('{}', {})".format(name, price))
    # ok: py-sql-injection
    conn.execute("INSERT INTO items (name, price) VALUES (?, ?)", (name, price))
    return {"ok": True}


@app.route("/report")
def report():
    fmt = request.args.get("format", "csv")
    if fmt not in ("csv", "json"):
        abort(400)
    order = "name"
    if request.args.get("by_price"):
        order = "price"
    # ok: py-sql-injection
    rows = conn.execute("SELECT * FROM items ORDER BY " + order).fetchall()
    columns = {"a": "name", "b": request.args.get("col")}
    # ok: py-sql-injection
    conn.execute("SELECT " + columns["a"] + " FROM items")
    # ruleid: py-sql-injection
    conn.execute("SELECT " + columns["b"] + " FROM items")
    return {"rows": rows, "format": fmt}
