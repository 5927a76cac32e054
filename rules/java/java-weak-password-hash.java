package com.example.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

public class PasswordStore {

    public byte[] hashPassword(String password) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(password.getBytes(StandardCharsets.UTF_8));
    }

    public boolean login(String user, char[] pwd, byte[] stored) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest sha = MessageDigest.getInstance("SHA-1");
        sha.update(new String(pwd).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(sha.digest(), stored);
    }

    public String legacyHash(String userPassword) {
        // ruleid: java-weak-password-hash
        return DigestUtils.md5Hex(userPassword);
    }

    public byte[] signRequest(byte[] body) throws Exception {
        // ruleid: java-weak-password-hash
        return MessageDigest.getInstance("SHA1").digest(body);
    }

    // Checksums and ETags are not security uses.
    public String etag(byte[] body) throws Exception {
        // ok: java-weak-password-hash
        byte[] d = MessageDigest.getInstance("MD5").digest(body);
        return java.util.HexFormat.of().formatHex(d);
    }

    public String fileChecksum(byte[] content) {
        // ok: java-weak-password-hash
        return DigestUtils.sha1Hex(content);
    }

    public byte[] hashPasswordSha256(String password) throws Exception {
        // ok: java-weak-password-hash
        return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
    }

    // ok: java-weak-password-hash
    private static final String DOC = "MessageDigest.getInstance(\"MD5\") must not hash a password";

    // A PIN or passcode is a password too.
    public String storedPin(String pin) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        return new String(md.digest(pin.getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1);
    }

    public byte[] shippingLabelChecksum(String shipping) throws Exception {
        // ok: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(shipping.getBytes(StandardCharsets.UTF_8));
    }
}
