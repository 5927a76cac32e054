import hashlib


def register(db, username, password):
    # ruleid: py-weak-password-hash
    digest = hashlib.md5(password.encode()).hexdigest()
    db.save_user(username, digest)


def store_reset_token(token):
    # ruleid: py-weak-password-hash
    return hashlib.new("sha1", token.encode()).hexdigest()


def legacy_login(user, raw):
    # ruleid: py-weak-password-hash
    password_hash = hashlib.sha1(user.salt + raw).hexdigest()
    return password_hash == user.hash


def hash_password(raw):
    # ruleid: py-weak-password-hash
    return hashlib.md5(raw.encode("utf-8")).hexdigest()


def file_checksum(data):
    # ok: py-weak-password-hash
    return hashlib.md5(data).hexdigest()


def cache_key(password_reset_url):
    # ok: py-weak-password-hash
    return hashlib.md5(password_reset_url.encode(), usedforsecurity=False).hexdigest()


def strong(password, salt):
    # ok: py-weak-password-hash
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def etag(body):
    # ok: py-weak-password-hash
    checksum = hashlib.sha1(body).hexdigest()
    return checksum


# ok: py-weak-password-hash
DOC = "hashlib.md5(password) is what we used to do"


def store_pin(account, pin, answers):
    # PINs and passcodes are short secrets: a fast hash of one is reversed by trying them all.
    # ruleid: py-weak-password-hash
    account.pin_hash = hashlib.sha1(pin.encode()).hexdigest()
    # ruleid: py-weak-password-hash
    account.card_digest = hashlib.md5(account.card_pin.encode()).hexdigest()
    # ruleid: py-weak-password-hash
    account.recovery = hashlib.md5(answers["security_answer"].lower().encode()).hexdigest()


def cache_keys(spinner, opinion, pinned):
    # ok: py-weak-password-hash
    a = hashlib.md5(spinner.label.encode()).hexdigest()
    # ok: py-weak-password-hash
    b = hashlib.md5((opinion.text + pinned.id).encode()).hexdigest()
    return a + b
