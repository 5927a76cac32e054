# A settings module that allows every origin but no credentials, and one allow-list.
# ok: py-cors-credentials-any-origin
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
# ok: py-cors-credentials-any-origin
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
