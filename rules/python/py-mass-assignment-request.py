from flask import Flask, request

from .models import User, db

app = Flask(__name__)
EDITABLE = {"display_name", "bio"}


@app.post("/me")
def update_me():
    user = User.query.get(1)
    for key, value in request.json.items():
        # ruleid: py-mass-assignment-request
        setattr(user, key, value)
    data = request.get_json()
    # ruleid: py-mass-assignment-request
    other = User(**data)
    db.session.commit()
    return {"ok": True, "other": other.id}


@app.post("/me-safe")
def update_me_safe():
    user = User.query.get(1)
    body = request.get_json()
    for key in EDITABLE:
        # ok: py-mass-assignment-request
        setattr(user, key, body.get(key))
    # ok: py-mass-assignment-request
    setattr(user, "last_seen_ip", request.remote_addr)
    return {"ok": True}
