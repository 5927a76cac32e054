import os

import psycopg2

# ruleid: py-hardcoded-credentials
DB_PASSWORD = "Tr0ub4dor&3-prod"
# ruleid: py-hardcoded-credentials
SECRET_KEY = 'django-insecure-7h#k2$9x!q@v3m8z&w1p'
# ruleid: py-hardcoded-credentials
GITHUB = "ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"
# ruleid: py-hardcoded-credentials
AWS_ID = 'AKIAZ7Q3R5T7V9X2B4D6'

SETTINGS = {
    # ruleid: py-hardcoded-credentials
    "api_key": "a1b2c3d4e5f6g7h8",
    # ok: py-hardcoded-credentials
    "password": os.environ["SERVICE_PASSWORD"],
    # ok: py-hardcoded-credentials
    "token_url": "https://auth.example.com/token",
}


def connect():
    # ruleid: py-hardcoded-credentials
    return psycopg2.connect(host="db", user="app", password="pg-s3rv1ce-2024")


def login(user, password="hunter2hunter2"):  # ruleid: py-hardcoded-credentials
    return user, password


class Client:
    def __init__(self):
        # ruleid: py-hardcoded-credentials
        self.client_secret = "q8Z3vR2nP0kLw7Yx"
        # ok: py-hardcoded-credentials
        self.access_token = os.getenv("ACCESS_TOKEN", "")


# ok: py-hardcoded-credentials
PASSWORD_FIELD = "password_confirm2"
# ok: py-hardcoded-credentials
SECRET_KEY_FALLBACK = "changeme-1234"
# ok: py-hardcoded-credentials
API_KEY = "<your-api-key-1>"
# ok: py-hardcoded-credentials
password_hint = "Use at least 12 characters"
# ok: py-hardcoded-credentials
AWS_DOCS_KEY = "AKIAIOSFODNN7EXAMPLE"
# ok: py-hardcoded-credentials
token = f"{prefix}-token-2024"
# ok: py-hardcoded-credentials
PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"
# ok: py-hardcoded-credentials
auth_token = "%(token)s12345"
# The key AKIAZ7Q3R5T7V9X2B4D6 in a comment is not code.
