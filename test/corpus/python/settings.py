"""Django settings for the reporting project (production module)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# ruleid: py-hardcoded-credentials
SECRET_KEY = "django-insecure-r8#t2!vq9@k4m$z7w1&p0x6b3n5c"
# ok: py-debug-enabled
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["reports.example.com"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "corsheaders",
    "reports",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reports",
        "USER": "reports",
        # ok: py-hardcoded-credentials
        "PASSWORD": os.environ["REPORTS_DB_PASSWORD"],
        "HOST": "db.internal",
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": "analytics_ro",
        # ruleid: py-hardcoded-credentials
        "PASSWORD": "an4lyt1cs-R3ad0nly!",
        "HOST": "analytics.internal",
    },
}

# ruleid: py-insecure-cookie
SESSION_COOKIE_SECURE = False
# ok: py-insecure-cookie
SESSION_COOKIE_HTTPONLY = True
# ok: py-insecure-cookie
CSRF_COOKIE_SECURE = True
# ruleid: py-cors-credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
# ok: py-cors-credentials-any-origin
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]

# ok: py-hardcoded-credentials
PASSWORD_RESET_TIMEOUT = 3600
# ok: py-hardcoded-credentials
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
