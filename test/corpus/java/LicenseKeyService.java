package com.example.licensing;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Issues and checks desktop-app licence keys; parses vendor licence files uploaded by customers. */
public class LicenseKeyService {
    // ruleid: java-hardcoded-credentials
    private static final String SIGNING_SECRET = "lk_7f2a9c4e1b8d3f6a0e5c2b9d4f7a1c3e";
    // ok: java-hardcoded-credentials
    private static final String SIGNING_SECRET_ENV = System.getenv("LICENSE_SIGNING_SECRET");
    // ok: java-hardcoded-credentials
    private static final String PASSWORD_FIELD = "password";
    private static final byte[] LEGACY_IV = "licence-iv-0001!".getBytes(StandardCharsets.US_ASCII);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom secureRandom = new SecureRandom();
    private final Random jitter = new Random();
    private final SecretKey key;

    public LicenseKeyService(byte[] rawKey) {
        this.key = new SecretKeySpec(rawKey, "AES");
    }

    public String newLicenseKey() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            // ok: java-weak-random
            sb.append(ALPHABET[secureRandom.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    public String newActivationCode() {
        // ruleid: java-weak-random
        int activationCode = new Random().nextInt(1_000_000);
        return String.format("%06d", activationCode);
    }

    public long retryDelayMillis(int attempt) {
        // ok: java-weak-random
        return (1L << attempt) * 100 + jitter.nextInt(250);
    }

    public byte[] sealLegacy(byte[] licence) throws Exception {
        // ruleid: java-broken-cipher
        Cipher c = Cipher.getInstance("DESede/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.getEncoded(), 0, 24, "DESede"));
        return c.doFinal(licence);
    }

    public byte[] sealV2(byte[] licence) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(LEGACY_IV));
        return c.doFinal(licence);
    }

    public byte[] sealV3(byte[] licence) throws Exception {
        byte[] nonce = new byte[12];
        secureRandom.nextBytes(nonce);
        // ok: java-broken-cipher
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] body = c.doFinal(licence);
        byte[] out = new byte[nonce.length + body.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(body, 0, out, nonce.length, body.length);
        return out;
    }

    public String fileFingerprint(byte[] installer) throws Exception {
        // ok: java-weak-password-hash
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(installer));
    }

    public String portalPasswordHash(String password) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        return Base64.getEncoder().encodeToString(sha1.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public Claims readActivationToken(String token) {
        // ruleid: java-jwt-unverified
        return Jwts.parser().parseClaimsJwt(token.substring(0, token.lastIndexOf('.') + 1)).getBody();
    }

    public Claims verifyActivationToken(String token) {
        // ok: java-jwt-unverified
        return Jwts.parser().setSigningKey(SIGNING_SECRET_ENV.getBytes(StandardCharsets.UTF_8)).parseClaimsJws(token).getBody();
    }

    public Document parseVendorLicence(InputStream uploaded) throws Exception {
        // ruleid: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder().parse(uploaded);
    }

    public Document parseVendorLicenceSafely(InputStream uploaded) throws Exception {
        // ok: java-xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(uploaded);
    }

    public Object restoreOfflineLicence(String base64Blob) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64Blob)))) {
            // ruleid: java-unsafe-deserialization
            return in.readObject();
        }
    }
}
