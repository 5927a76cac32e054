package com.example.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Encryption of stored card tokens, JWT handling and the partner API client. */
public class TokenCrypto {
    // ruleid: java-hardcoded-credentials
    private static final String PARTNER_API_KEY = "9f8c2e71b4a05d3e6c1f";
    // ok: java-hardcoded-credentials
    private static final String PASSWORD_FIELD = "password";
    // ok: java-hardcoded-credentials
    private final String dbPassword = System.getenv("DB_PASSWORD");
    private static final byte[] FIXED_IV = new byte[16];
    private final SecureRandom random = new SecureRandom();
    private SecretKey key;
    private byte[] signingKey;

    byte[] encryptLegacy(byte[] plain) throws Exception {
        // ruleid: java-broken-cipher
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(plain);
    }

    byte[] encryptDefault(byte[] plain) throws Exception {
        // ruleid: java-broken-cipher
        Cipher c = Cipher.getInstance("AES");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(plain);
    }

    byte[] encryptCbcFixedIv(byte[] plain) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(FIXED_IV));
        return c.doFinal(plain);
    }

    byte[] encrypt(byte[] plain) throws Exception {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        // ok: java-broken-cipher
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return c.doFinal(plain);
    }

    Claims readClaims(String jwt) {
        // ruleid: java-jwt-unverified
        return Jwts.parser().parseClaimsJwt(jwt).getBody();
    }

    Claims readVerifiedClaims(String jwt) {
        // ok: java-jwt-unverified
        return Jwts.parserBuilder().setSigningKey(signingKey).build().parseClaimsJws(jwt).getBody();
    }

    boolean checkPassword(String password, byte[] stored) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest sha = MessageDigest.getInstance("SHA-1");
        return MessageDigest.isEqual(sha.digest(password.getBytes(StandardCharsets.UTF_8)), stored);
    }

    String fileFingerprint(byte[] content) throws Exception {
        // ok: java-weak-password-hash
        MessageDigest sha = MessageDigest.getInstance("SHA-1");
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue() + ":" + new java.math.BigInteger(1, sha.digest(content)).toString(16);
    }

    Connection reportingDb() throws Exception {
        // ruleid: java-hardcoded-credentials
        return DriverManager.getConnection("jdbc:postgresql://db/reports", "reporter", "R3p0rt!ng2024");
    }

    Connection reportingDbFromEnv() throws Exception {
        // ok: java-hardcoded-credentials
        return DriverManager.getConnection("jdbc:postgresql://db/reports", "reporter", dbPassword);
    }

    void trustEverything() throws Exception {
        TrustManager[] all = {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {}
            // The empty check is the defect: every server certificate is accepted.
            // ruleid: java-tls-trust-all
            public void checkServerTrusted(X509Certificate[] chain, String type) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }};
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, all, new SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
        // ruleid: java-tls-trust-all
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
    }

    void strictTls() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        // ok: java-tls-trust-all
        ctx.init(null, null, new SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
    }
}
