import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def issue_session(response):
    # ruleid: py-weak-random
    session_id = "%032x" % random.getrandbits(128)
    response.set_cookie("sid", session_id, secure=True, httponly=True)


def send_otp(user):
    # ruleid: py-weak-random
    otp = str(random.randint(100000, 999999))
    user.send_sms(otp)


def generate_token(length=32):
    # ruleid: py-weak-random
    return "".join(random.choice(ALPHABET) for _ in range(length))


def reset(user):
    # ruleid: py-weak-random
    user.reset_token = "".join(random.choices(ALPHABET, k=24))
    # ruleid: py-weak-random
    user.save(temp_password=random.sample(ALPHABET, 12))


def generate_secure_token():
    # ok: py-weak-random
    return secrets.token_urlsafe(32)


def pick_pin_secure():
    # ok: py-weak-random
    pin_code = f"{secrets.randbelow(10**6):06d}"
    return pin_code


def backoff(attempt):
    # ok: py-weak-random
    delay = 2 ** attempt + random.random()
    return delay


def sample_rows(rows):
    # ok: py-weak-random
    token_sample = random.sample(rows, 10)
    return token_sample


def system_random_token():
    # ok: py-weak-random
    token = "".join(random.SystemRandom().choice(ALPHABET) for _ in range(32))
    return token


# Codes people type to get in or to pay less are secrets too.
def portal_invite_code():
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    # ruleid: py-weak-random
    return "".join(random.choice(alphabet) for _ in range(10))


def shuffle_spinner():
    # ok: py-weak-random
    spin = random.randint(0, 359)
    return spin


# ruleid: py-weak-random
door_pin = random.randint(0, 9999)
