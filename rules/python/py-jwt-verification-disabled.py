import jwt


def current_user(request, key):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # ruleid: py-jwt-verification-disabled
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})
    return claims["sub"]


def legacy_user(token, key):
    # ruleid: py-jwt-verification-disabled
    return jwt.decode(token, key, verify=False)


def lenient(token, key):
    # ruleid: py-jwt-verification-disabled
    return jwt.decode(token, key, algorithms=["HS256", "none"])


def unsigned(payload):
    # ruleid: py-jwt-verification-disabled
    return jwt.encode(payload, None, algorithm="none")


def strict(token, public_key):
    # ok: py-jwt-verification-disabled
    return jwt.decode(token, public_key, algorithms=["RS256"])


def key_id(token):
    # ok: py-jwt-verification-disabled
    return jwt.get_unverified_header(token)["kid"]


def keep_expired(token, key):
    # ok: py-jwt-verification-disabled
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": True, "verify_exp": False})


def signing_key_for(token, jwks):
    # ok: py-jwt-verification-disabled
    unverified = jwt.api_jwt.decode_complete(token, options={"verify_signature": False})
    return jwks.get_signing_key(unverified["header"]["kid"])


def user_id(token):
    # ruleid: py-jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})["sub"]
