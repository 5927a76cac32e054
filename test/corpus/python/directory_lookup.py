"""Flask API over the staff directory (LDAP), the XML asset register and a MongoDB ticket store."""
import re

import ldap
from flask import Flask, abort, jsonify, request
from ldap.filter import escape_filter_chars
from lxml import etree
from pymongo import MongoClient

app = Flask(__name__)
conn = ldap.initialize("ldaps://ldap.example.com")
tickets = MongoClient()["helpdesk"]["tickets"]
assets = etree.parse("assets.xml", etree.XMLParser(resolve_entities=False, no_network=True))
TEAM_RE = re.compile(r"^[a-z][a-z0-9-]{1,30}$")
# ruleid: py-redos-regex
HOSTNAME_RE = re.compile(r"^([a-z0-9]+-?)*\.example\.com$")
# ok: py-redos-regex
ASSET_TAG_RE = re.compile(r"^AT-\d{6}$")


@app.route("/people")
def people():
    name = request.args.get("name", "")
    # ruleid: py-ldap-injection
    found = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % name)
    # ok: py-ldap-injection
    safe = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % escape_filter_chars(name))
    return jsonify(found=len(found), safe=len(safe))


@app.route("/assets")
def assets_by_owner():
    owner = request.args.get("owner", "")
    # ruleid: py-xpath-injection
    nodes = assets.xpath("//asset[owner='%s']/tag/text()" % owner)
    # ok: py-xpath-injection
    bound = assets.xpath("//asset[owner=$owner]/tag/text()", owner=owner)
    return jsonify(nodes=[str(n) for n in nodes], bound=[str(n) for n in bound])


@app.route("/tickets/search", methods=["POST"])
def ticket_search():
    body = request.get_json()
    # ruleid: py-nosql-injection
    found = list(tickets.find({"reporter": body["reporter"]}))
    # ok: py-nosql-injection
    typed = list(tickets.find({"reporter": str(body["reporter"])}))
    # ruleid: py-nosql-injection
    scripted = list(tickets.find({"$where": "this.priority > " + body["min_priority"]}))
    return jsonify(found=len(found), typed=len(typed), scripted=len(scripted))


@app.route("/tickets/grep")
def ticket_grep():
    term = request.args.get("q", "")
    # ruleid: py-regex-injection
    pattern = re.compile(term, re.IGNORECASE)
    # ok: py-regex-injection
    literal = re.compile(re.escape(term), re.IGNORECASE)
    team = request.args.get("team", "")
    if not TEAM_RE.match(team):
        abort(400)
    hosts = [h for h in request.args.getlist("host") if HOSTNAME_RE.match(h) or ASSET_TAG_RE.match(h)]
    return jsonify(p=pattern.pattern, l=literal.pattern, team=team, hosts=hosts)


if __name__ == "__main__":
    # ruleid: py-debug-enabled
    app.run(host="0.0.0.0", port=8080, debug=True)
