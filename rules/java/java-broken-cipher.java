package com.example.crypto;

import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class Vault {
    private static final SecureRandom RANDOM = new SecureRandom();

    byte[] defaultMode(byte[] key, byte[] data) throws Exception {
        // ruleid: java-broken-cipher
        Cipher c = Cipher.getInstance("AES");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return c.doFinal(data);
    }

    byte[] ecb(byte[] data) throws Exception {
        // ruleid: java-broken-cipher
        return Cipher.getInstance("AES/ECB/PKCS5Padding").doFinal(data);
    }

    byte[] legacyDes(byte[] key, byte[] data) throws Exception {
        // ruleid: java-broken-cipher
        Cipher c = Cipher.getInstance("DESede/CBC/PKCS5Padding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DESede"));
        return c.doFinal(data);
    }

    void keys() throws Exception {
        // ruleid: java-broken-cipher
        KeyGenerator.getInstance("DES").generateKey();
    }

    byte[] zeroIv(SecretKeySpec key, byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[16]));
        return c.doFinal(data);
    }

    byte[] literalIv(SecretKeySpec key, byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, "fixed-nonce!".getBytes()));
        return c.doFinal(data);
    }

    byte[] good(SecretKeySpec key, byte[] data) throws Exception {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        // ok: java-broken-cipher
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return c.doFinal(data);
    }

    byte[] rsa(java.security.PublicKey pub, byte[] data) throws Exception {
        // ok: java-broken-cipher
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        c.init(Cipher.ENCRYPT_MODE, pub);
        return c.doFinal(data);
    }

    SecretKeySpec aesKey(byte[] raw) {
        // ok: java-broken-cipher
        return new SecretKeySpec(raw, "AES");
    }
}

class Keys {
    javax.crypto.SecretKey aes() throws Exception {
        // ok: java-broken-cipher
        return KeyGenerator.getInstance("AES").generateKey();
    }
}

/** IVs held in variables: constant when they are only ever allocated (all zeroes) or literal. */
class StoredIvs {
    private static final byte[] ZERO_IV = new byte[16];
    private static final byte[] LITERAL_NONCE = "nonce-000001".getBytes();
    private static final byte[] SEEDED_IV = new byte[16];
    private static final java.security.SecureRandom RNG = new java.security.SecureRandom();

    static {
        RNG.nextBytes(SEEDED_IV);
    }

    byte[] fieldIv(SecretKeySpec key, byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(ZERO_IV));
        return c.doFinal(data);
    }

    byte[] fieldNonce(SecretKeySpec key, byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, LITERAL_NONCE));
        return c.doFinal(data);
    }

    byte[] localNeverFilled(SecretKeySpec key, byte[] data) throws Exception {
        byte[] nonce = new byte[12];
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return c.doFinal(data);
    }

    // ---- safe look-alikes ----

    byte[] decrypt(SecretKeySpec key, byte[] message) throws Exception {
        byte[] iv = new byte[12];
        System.arraycopy(message, 0, iv, 0, iv.length);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-broken-cipher
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return c.doFinal(message, 12, message.length - 12);
    }

    byte[] fromStream(SecretKeySpec key, java.io.DataInputStream in) throws Exception {
        byte[] iv = new byte[16];
        in.readFully(iv);
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: java-broken-cipher
        c.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
        return c.doFinal(in.readAllBytes());
    }

    byte[] givenIv(SecretKeySpec key, byte[] ZERO_IV, byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(ZERO_IV));
        return c.doFinal(data);
    }

    byte[] seededField(SecretKeySpec key, byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // one IV for every message, but random: outside this rule's certainty
        // ok: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(SEEDED_IV));
        return c.doFinal(data);
    }
}
