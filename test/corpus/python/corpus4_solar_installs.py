"""Rooftop solar installer: Flask intake endpoints plus the Celery tasks that prepare site surveys."""
import os
import random
import secrets
import shlex
import smtplib
import subprocess

from celery import Celery
from Crypto.Cipher import AES
from flask import Blueprint, jsonify, request
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

celery = Celery("solar", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
intake = Blueprint("intake", __name__)

# ruleid: py-hardcoded-credentials
SMTP_PASSWORD = "Sunny-Roof-2023!"
# ok: py-hardcoded-credentials
SMTP_USER = os.environ.get("SMTP_USER", "surveys@solar.example.com")
SURVEY_KEY = bytes.fromhex(os.environ["SURVEY_KEY_HEX"])

# ruleid: py-jinja2-autoescape-disabled
mail_env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=False)
# ok: py-jinja2-autoescape-disabled
page_env = Environment(loader=FileSystemLoader("templates/pages"), autoescape=select_autoescape(["html"]))


@celery.task
def render_survey(address, panels):
    out = "/srv/surveys/" + secrets.token_hex(8) + ".pdf"
    # ruleid: py-command-injection, py-subprocess-shell
    subprocess.run(f"survey-render --address '{address}' --panels {panels} -o {out}", shell=True, check=True)
    return out


@celery.task
def render_survey_quoted(address, panels):
    out = "/srv/surveys/" + secrets.token_hex(8) + ".pdf"
    # ok: py-command-injection, py-subprocess-shell
    subprocess.run(["survey-render", "--address", address, "--panels", str(int(panels)), "-o", out], check=True)
    cmd = "survey-render --address " + shlex.quote(address) + " --rotate-logs"
    # ok: py-command-injection, py-subprocess-shell
    subprocess.call(cmd, shell=True)
    return out


@celery.task
def nightly_cleanup():
    # ok: py-subprocess-shell, py-command-injection
    subprocess.run("find /srv/surveys -mtime +30 -delete", shell=True, check=False)


@celery.task
def send_quote(email, customer_name, kwp):
    # ruleid: py-template-injection, py-template-injection-taint
    subject = Template("Your " + str(kwp) + " kWp quote, " + customer_name).render()
    # ok: py-template-injection
    body = Template("Hello {{ name }}, your system size is {{ kwp }} kWp.").render(name=customer_name, kwp=kwp)
    html = mail_env.get_template("quote.html").render(name=customer_name, kwp=kwp)
    with smtplib.SMTP_SSL("smtp.solar.example.com") as smtp:
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.sendmail(SMTP_USER, [email], subject + "\n\n" + body + html)


def seal_meter_id(meter_id):
    # ruleid: py-insecure-cipher
    cipher = AES.new(SURVEY_KEY, AES.MODE_ECB)
    padded = meter_id.ljust(16).encode()[:16]
    return cipher.encrypt(padded).hex()


def seal_site_notes(notes):
    # ruleid: py-static-iv
    cipher = AES.new(SURVEY_KEY, AES.MODE_CBC, iv=b"\x00" * 16)
    data = notes.encode()
    data += b" " * (16 - len(data) % 16)
    return cipher.encrypt(data).hex()


def seal_site_notes_v2(notes):
    nonce = secrets.token_bytes(12)
    # ok: py-static-iv, py-insecure-cipher
    cipher = AES.new(SURVEY_KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(notes.encode())
    return (nonce + tag + ct).hex()


def portal_invite_code():
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    # ruleid: py-weak-random
    return "".join(random.choice(alphabet) for _ in range(10))


def installer_rotation(crews):
    # ok: py-weak-random
    return random.sample(crews, k=len(crews))


@intake.route("/survey", methods=["POST"])
def request_survey():
    address = request.form["address"]
    panels = request.form.get("panels", "12")
    render_survey.delay(address, panels)
    render_survey_quoted.delay(address, panels)
    return jsonify(queued=True, invite=portal_invite_code(), meter=seal_meter_id(request.form["meter"]))


@intake.route("/preview", methods=["POST"])
def preview_template():
    source = request.form["template"]
    # ruleid: py-template-injection-taint
    rendered = Template(source).render(kwp=6.4)
    # ok: py-template-injection-taint
    fixed = page_env.get_template("preview.html").render(snippet=source)
    return jsonify(rendered=rendered, fixed=fixed, crews=installer_rotation(["north", "south"]))


@intake.route("/notes", methods=["POST"])
def site_notes():
    send_quote.delay(request.form["email"], request.form["name"], request.form["kwp"])
    return jsonify(v1=seal_site_notes(request.form["notes"]), v2=seal_site_notes_v2(request.form["notes"]))
