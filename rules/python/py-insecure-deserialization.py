import base64
import json
import marshal
import pickle
import shelve

import jsonpickle
import pandas as pd
from flask import request


def restore_session():
    blob = base64.b64decode(request.cookies["state"])
    # ruleid: py-insecure-deserialization
    state = pickle.loads(blob)
    return state


def read_cache(path):
    with open(path, "rb") as fh:
        # ruleid: py-insecure-deserialization
        return pickle.load(fh)


def decode_upload(body):
    # ruleid: py-insecure-deserialization
    obj = jsonpickle.decode(body)
    # ruleid: py-insecure-deserialization
    code = marshal.loads(body)
    # ruleid: py-insecure-deserialization
    frame = pd.read_pickle(request.files["frame"])
    return obj, code, frame


def open_store(name):
    # ruleid: py-insecure-deserialization
    return shelve.open(name)


def safe(body):
    # ok: py-insecure-deserialization
    data = json.loads(body)
    # ok: py-insecure-deserialization
    out = pickle.dumps(data)
    # ok: py-insecure-deserialization
    fixture = pickle.loads(b"\x80\x04K\x01.")
    # ok: py-insecure-deserialization
    store = shelve.open("cache.db")
    # ok: py-insecure-deserialization
    copy = pickle.loads(pickle.dumps(data))
    return data, out, fixture, store, copy
