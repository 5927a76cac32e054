# Anchored patterns with escaped dots admit only the intended origins.
CORS_ALLOW_CREDENTIALS = True
# ok: py-cors-credentials-any-origin
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://[a-z0-9-]+\.example\.com$", r"^https://example\.com$"]
