import jwt


def decode_loose(token, key):
    # ruleid: py-jwt-expiration-disabled
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": True})


def decode_strict(token, key):
    # ok: py-jwt-expiration-disabled
    return jwt.decode(token, key, algorithms=["HS256"], leeway=30, options={"verify_exp": True})


# ok: py-jwt-expiration-disabled
FEATURES = {"verify_exp": False}
