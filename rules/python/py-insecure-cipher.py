import hmac

from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_legacy(key, data):
    # ruleid: py-insecure-cipher
    ecb = AES.new(key, AES.MODE_ECB)
    # ruleid: py-insecure-cipher
    ecb2 = AES.new(key, mode=AES.MODE_ECB)
    # ruleid: py-insecure-cipher
    des = DES.new(key[:8], DES.MODE_CBC, iv=data[:8])
    # ruleid: py-insecure-cipher
    rc4 = ARC4.new(key)
    # ruleid: py-insecure-cipher
    c1 = Cipher(algorithms.AES(key), modes.ECB())
    # ruleid: py-insecure-cipher
    c2 = Cipher(algorithms.TripleDES(key), modes.CBC(data[:8]))
    return ecb, ecb2, des, rc4, c1, c2


def encrypt_modern(key, nonce, data):
    # ok: py-insecure-cipher
    gcm = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # ok: py-insecure-cipher
    c = Cipher(algorithms.AES(key), modes.GCM(nonce))
    # ok: py-insecure-cipher
    mode_name = "MODE_ECB is not allowed here"
    # ok: py-insecure-cipher
    h = hmac.new(key, data, "sha256")
    return gcm, c, mode_name, h
