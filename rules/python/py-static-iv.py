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
