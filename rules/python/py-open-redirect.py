from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
SAFE_NEXT = {"/dashboard", "/settings"}


@app.get("/login/done")
def login_done():
    # ruleid: py-open-redirect
    return redirect(request.args.get("next", "/"))


def django_login_done(request):
    target = request.GET["next"]
    # ruleid: py-open-redirect
    return HttpResponseRedirect(target)


def django_login_done_safe(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: py-open-redirect
    return HttpResponseRedirect(target)


@app.get("/login/done-safe")
def login_done_safe():
    nxt = request.args.get("next", "/dashboard")
    if nxt not in SAFE_NEXT:
        return redirect(url_for("index"))
    # ok: py-open-redirect
    return redirect(nxt)


def append_slash(request):
    # ok: py-open-redirect
    return HttpResponseRedirect("%s/" % request.path)


def django_set_language(request):
    # The validator is usually called with keyword arguments (url=…, allowed_hosts=…).
    next_url = request.POST.get("next", request.GET.get("next"))
    if not url_has_allowed_host_and_scheme(url=next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    # ok: py-open-redirect
    return HttpResponseRedirect(next_url)


def django_keyword_wrong_value(request):
    next_url = request.GET.get("next", "/")
    fallback = request.GET.get("fallback", "/")
    if not url_has_allowed_host_and_scheme(url=fallback, allowed_hosts={request.get_host()}):
        fallback = "/"
    # ruleid: py-open-redirect
    return HttpResponseRedirect(next_url)


@app.get("/continue")
def continue_to():
    nxt = request.args.get("next", "/dashboard")
    # ok: py-open-redirect
    first = redirect(nxt if nxt in SAFE_NEXT else "/dashboard")
    # ok: py-open-redirect
    second = redirect("/dashboard" if nxt not in SAFE_NEXT else nxt)
    # ruleid: py-open-redirect
    third = redirect("/dashboard" if nxt in SAFE_NEXT else nxt)
    return first, second, third


PORTAL_PREFIXES = ("https://portal.example.com/",)


@app.get("/back")
def back():
    target = request.args.get("next", "/")
    if target.startswith(PORTAL_PREFIXES):
        # ok: py-open-redirect
        return redirect(target)
    if target.startswith("/account/"):
        # ok: py-open-redirect
        return redirect(target)
    if target.startswith("/"):
        # ruleid: py-open-redirect
        return redirect(target)
    room = request.args.get("room", "")
    # ok: py-open-redirect
    return redirect(f"/rooms/{room}")


@app.get("/jump")
def jump():
    dest = request.args.get("to", "")
    # ruleid: py-open-redirect
    return redirect(f"{dest}/welcome")
