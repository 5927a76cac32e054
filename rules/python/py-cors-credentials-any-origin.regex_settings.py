# django-cors-headers matches CORS_ALLOWED_ORIGIN_REGEXES with re.match: anchored at the start
# only, so a pattern without `$` also admits https://app.example.com.evil.net.
CORS_ALLOW_CREDENTIALS = True
# ruleid: py-cors-credentials-any-origin
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.example\.com"]
