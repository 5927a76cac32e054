import json
import sqlite3
import sys
import requests
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")
ALLOWED_COLUMNS = {"name", "email"}


@app.route("/user")
def user():
    user_id = request.args.get("id")
    cur = db.cursor()
    # ruleid: py-sql-injection
    cur.execute("SELECT * FROM users WHERE id = " + user_id)
    # ok: py-sql-injection
    cur.execute("SELECT * FROM users WHERE id = ?", (user_id,))
    # ruleid: py-sql-injection
    cur.execute(f"SELECT * FROM users WHERE name = '{request.form['name']}'")
    # ruleid: py-sql-injection
    cur.execute("SELECT * FROM users WHERE email = '%s'" % request.args["email"])
    # ruleid: py-sql-injection
    cur.execute("SELECT * FROM users WHERE city = '{}'".format(request.args.get("city")))
    # ok: py-sql-injection
    cur.execute("SELECT * FROM users LIMIT " + str(int(request.args.get("limit", "10"))))
    return "ok"


@app.route("/sort")
def sort():
    column = request.args.get("sort", "name")
    if column not in ALLOWED_COLUMNS:
        raise ValueError("bad column")
    # ok: py-sql-injection
    db.execute(f"SELECT * FROM users ORDER BY {column}")
    mode = request.args.get("mode")
    if False:
        mode = "x"
        # ok: py-sql-injection
        db.execute("SELECT " + mode)
    query = request.args.get("q")
    query = "SELECT 1"
    # ok: py-sql-injection
    db.execute(query)
    return "ok"


def where(field, value):
    return " WHERE %s = '%s'" % (field, value)


def quoted(value):
    return int(value)


@app.route("/items/<name>")
def items(name):
    params = {"table": "items", "owner": name}
    # ok: py-sql-injection
    db.execute("SELECT * FROM " + params["table"])
    # ruleid: py-sql-injection
    db.execute("SELECT * FROM items WHERE owner = '" + params["owner"] + "'")
    # ruleid: py-sql-injection
    db.execute("SELECT * FROM items" + where("owner", name))
    # ok: py-sql-injection
    db.execute("SELECT * FROM items WHERE id = " + str(quoted(name)))
    parts = []
    parts.append(name)
    # ruleid: py-sql-injection
    db.execute("SELECT * FROM items WHERE tag IN (" + ",".join(parts) + ")")
    label = name if name else "none"
    # ruleid: py-sql-injection
    db.execute("SELECT * FROM items WHERE label = '" + label + "'")
    return "ok"


if __name__ == "__main__":
    # ruleid: py-sql-injection
    db.execute("DELETE FROM jobs WHERE id = " + sys.argv[1])


# Queue consumer: the SQS message was sent by the public signup service.
def import_contact(message):
    payload = json.loads(message.body)
    conn = sqlite3.connect("app.db")
    # ruleid: py-sql-injection
    conn.execute(f"INSERT INTO contacts (email) VALUES ('{payload['email']}')")
    # ok: py-sql-injection
    conn.execute("INSERT INTO contacts (email) VALUES (?)", (payload["email"],))


@app.get("/jobs/page")
def jobs_page():
    page = request.args.get("page", type=int)
    owner = request.args.get("owner", "")
    cur = db.cursor()
    # A %d conversion accepts only numbers: the value arrives as digits or the call raises.
    # ok: py-sql-injection
    cur.execute("SELECT * FROM jobs ORDER BY id LIMIT 20 OFFSET %d" % (page * 20))
    # ok: py-sql-injection
    cur.execute("SELECT * FROM jobs WHERE id = %d" % request.args.get("id"))
    # ruleid: py-sql-injection
    cur.execute("SELECT * FROM jobs WHERE owner = '%s' AND id > %d" % (owner, page))


def import_rates():
    rates = requests.get("https://rates.example.com/today", timeout=10).json()
    for currency, rate in rates.items():
        # ruleid: py-sql-injection
        db.execute("UPDATE fx SET rate = %s WHERE code = '%s'" % (rate, currency))
        # ok: py-sql-injection
        db.execute("UPDATE fx SET rate = ? WHERE code = ?", (rate, currency))

