from flask import Flask
from flask_cors import CORS, cross_origin

app = Flask(__name__)
# ruleid: py-cors-credentials-any-origin
CORS(app, supports_credentials=True)
# ruleid: py-cors-credentials-any-origin
CORS(app, origins="*", supports_credentials=True)
# ruleid: py-cors-credentials-any-origin
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
# ok: py-cors-credentials-any-origin
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
# ok: py-cors-credentials-any-origin
CORS(app, resources={r"/public/*": {"origins": "*"}})


@app.get("/me")
# ruleid: py-cors-credentials-any-origin
@cross_origin(supports_credentials=True)
def me():
    return {}


# Django settings (django-cors-headers)
# ruleid: py-cors-credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
INSTALLED_APPS = ["corsheaders"]
CORS_ALLOW_CREDENTIALS = True


# --- Regex origins (flask-cors treats strings with regex characters as patterns and uses
# re.match, anchored only at the start): without `$`, or with an unescaped `.`, other sites pass.
# ruleid: py-cors-credentials-any-origin
CORS(app, origins=[r"https://.*\.example\.com"], supports_credentials=True)
# ruleid: py-cors-credentials-any-origin
CORS(app, supports_credentials=True, origins=r"^https://app.example.com$")
# ok: py-cors-credentials-any-origin
CORS(app, origins=[r"^https://[a-z0-9-]+\.example\.com$"], supports_credentials=True)
# ok: py-cors-credentials-any-origin
CORS(app, origins=["https://app.example.com", "https://admin.example.com"], supports_credentials=True)

# --- Hand-written CORS headers that echo the request's Origin: every site is "allowed".
ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def add_cors_headers(response):
    from flask import request
    # ruleid: py-cors-credentials-any-origin
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def django_cors_middleware(get_response):
    def middleware(request):
        response = get_response(request)
        origin = request.META.get("HTTP_ORIGIN")
        # ruleid: py-cors-credentials-any-origin
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
        return response
    return middleware


def checked_cors(request, response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        # ok: py-cors-credentials-any-origin
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


def fixed_cors(response):
    # ok: py-cors-credentials-any-origin
    response.headers["Access-Control-Allow-Origin"] = "https://app.example.com"
    origin = "https://app.example.com"
    # ok: py-cors-credentials-any-origin
    response.headers.set("Access-Control-Allow-Origin", origin)
    return response


def set_header_cors(request, response):
    origin = request.headers["Origin"]
    # ruleid: py-cors-credentials-any-origin
    response.headers.set("Access-Control-Allow-Origin", origin)
    return response


def preflight(request):
    from flask import Response
    # ruleid: py-cors-credentials-any-origin
    return Response("", 204, headers={"Access-Control-Allow-Origin": request.headers.get("Origin"), "Access-Control-Allow-Credentials": "true"})


def preflight_checked(request):
    from flask import Response
    origin = request.headers.get("Origin", "")
    allowed = origin if origin in ALLOWED_ORIGINS else "https://app.example.com"
    # ok: py-cors-credentials-any-origin
    return Response("", 204, headers={"Access-Control-Allow-Origin": allowed, "Vary": "Origin"})


def preflight_echo(request):
    from flask import Response
    origin = request.headers["Origin"]
    # ruleid: py-cors-credentials-any-origin
    return Response("", 204, headers={"Access-Control-Allow-Origin": origin})


def preflight_fallback(request):
    from flask import Response
    origin = request.headers.get("Origin")
    # ruleid: py-cors-credentials-any-origin
    return Response("", 204, headers={"Access-Control-Allow-Origin": origin or "*", "Access-Control-Allow-Credentials": "true"})
