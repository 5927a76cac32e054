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
