import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

STATIC_IV = b"0123456789abcdef"


def encrypt(key, data):
    # ruleid: py-static-iv
    c1 = AES.new(key, AES.MODE_CBC, b"0123456789abcdef")
    # ruleid: py-static-iv
    c2 = AES.new(key, AES.MODE_GCM, nonce=b"\x00" * 12)
    # ruleid: py-static-iv
    c3 = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16))
    # ruleid: py-static-iv
    c4 = Cipher(algorithms.AES(key), modes.CTR(bytes(16)))
    return c1, c2, c3, c4


def encrypt_safe(key, data):
    iv = os.urandom(16)
    # ok: py-static-iv
    c1 = AES.new(key, AES.MODE_CBC, iv)
    # ok: py-static-iv
    c2 = AES.new(key, AES.MODE_GCM)
    # ok: py-static-iv
    c3 = Cipher(algorithms.AES(key), modes.CBC(iv))
    # ok: py-static-iv
    c4 = Cipher(algorithms.AES(key), modes.GCM(os.urandom(12)))
    return iv, c1, c2, c3, c4


# --- The constant one step away: a module-level IV or a local never filled with random bytes.
LEGACY_IV = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
zero_nonce = b"\x00" * 12


def seal_legacy(key, data):
    # ruleid: py-static-iv
    return AES.new(key, AES.MODE_CBC, LEGACY_IV).encrypt(data)


def seal_short(key, data):
    # ruleid: py-static-iv
    return AES.new(key, AES.MODE_GCM, nonce=zero_nonce[:12]).encrypt_and_digest(data)


def seal_local(key, data):
    iv = bytes(16)
    # ruleid: py-static-iv
    return Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor().update(data)


def seal_random(key, data):
    iv = b"\x00" * 16
    iv = os.urandom(16)
    # ok: py-static-iv
    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)


def seal_shadowed(key, data):
    LEGACY_IV = os.urandom(16)
    # ok: py-static-iv
    return AES.new(key, AES.MODE_CBC, LEGACY_IV).encrypt(data)


def seal_given(key, data, zero_nonce):
    # ok: py-static-iv
    return AES.new(key, AES.MODE_GCM, nonce=zero_nonce).encrypt_and_digest(data)

