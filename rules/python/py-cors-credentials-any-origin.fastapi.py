# Starlette/FastAPI CORSMiddleware: with allow_credentials=True and the "*" origin (or a
# catch-all origin regex) it answers each request with the caller's own Origin.
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.applications import Starlette
from starlette.middleware import Middleware

app = FastAPI()
# ruleid: py-cors-credentials-any-origin
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])
# ruleid: py-cors-credentials-any-origin
app.add_middleware(CORSMiddleware, allow_credentials=True, allow_origin_regex=r"https?://.*")
# ok: py-cors-credentials-any-origin
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
# ok: py-cors-credentials-any-origin
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])
# ok: py-cors-credentials-any-origin
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://[a-z0-9-]+\.example\.com", allow_credentials=True)

middleware = [
    # ruleid: py-cors-credentials-any-origin
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True),
]
starlette_app = Starlette(middleware=middleware)
