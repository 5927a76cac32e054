from flask import Flask, make_response

app = Flask(__name__)
# ruleid: py-insecure-cookie
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: py-insecure-cookie
app.config.update(SESSION_COOKIE_HTTPONLY=False)
# ok: py-insecure-cookie
app.config["SESSION_COOKIE_SAMESITE"] = False


@app.post("/login")
def login():
    resp = make_response("ok")
    token = issue_token()
    # ruleid: py-insecure-cookie
    resp.set_cookie("session", token, httponly=True, secure=False)
    # ruleid: py-insecure-cookie
    resp.set_cookie("auth_token", token, secure=True, httponly=False)
    # ruleid: py-insecure-cookie
    resp.set_cookie("remember_me", token, max_age=3600)
    # ok: py-insecure-cookie
    resp.set_cookie("theme", "dark", secure=False)
    # ok: py-insecure-cookie
    resp.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    # ok: py-insecure-cookie
    resp.set_cookie("session", token, secure=app.config["PREFERRED_URL_SCHEME"] == "https", httponly=True)
    # ruleid: py-insecure-cookie
    resp.set_cookie("rota_session", token)
    # ok: py-insecure-cookie
    resp.set_cookie("sidebar_state", "open")
    return resp


def issue_token():
    import secrets
    return secrets.token_urlsafe(32)


# Django settings module
# ruleid: py-insecure-cookie
SESSION_COOKIE_SECURE = False
# ruleid: py-insecure-cookie
CSRF_COOKIE_SECURE = False
# ok: py-insecure-cookie
CSRF_COOKIE_HTTPONLY = False
# ok: py-insecure-cookie
SESSION_COOKIE_HTTPONLY = True
