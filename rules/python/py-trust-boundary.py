from flask import Flask, request, session

app = Flask(__name__)
ROLES = {"viewer", "editor"}


@app.post("/profile")
def profile():
    # ruleid: py-trust-boundary
    session["role"] = request.form["role"]
    return "", 204


def django_profile(request):
    # ruleid: py-trust-boundary
    request.session["theme"] = request.POST["theme"]


@app.post("/profile-safe")
def profile_safe():
    role = request.form["role"]
    if role not in ROLES:
        return "bad role", 400
    # ok: py-trust-boundary
    session["role"] = role
    # ok: py-trust-boundary
    session["page"] = int(request.args.get("page", "1"))
    return "", 204


def set_language(request):
    lang_code = request.POST.get("language")
    if lang_code and check_for_language(lang_code):
        # ok: py-trust-boundary
        request.session["lang"] = lang_code


def check_for_language(code):
    return code in {"en", "fr"}


@app.post("/preferences")
def preferences():
    # A literal collection of accepted values is an allow-list, inline or as the test of a choice.
    theme = request.form.get("theme", "light")
    # ok: py-trust-boundary
    session["theme"] = theme if theme in ("light", "dark") else "light"
    layout = request.form.get("layout", "grid")
    if layout not in ["grid", "list"]:
        return "bad layout", 400
    # ok: py-trust-boundary
    session["layout"] = layout
    tz = request.form.get("tz", "UTC")
    # The value kept is not the value checked.
    # ruleid: py-trust-boundary
    session["tz"] = tz if theme in ("light", "dark") else "UTC"
    # ruleid: py-trust-boundary
    session["locale"] = request.form["locale"] if request.form["locale"] in (tz, "en") else "en"
    return "", 204
