package club.fencing.badges;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

// Fencing club door badges: member PINs, encrypted badge payloads, and sync with the federation API.
class BadgeService {
    // ruleid: java-hardcoded-credentials
    private static final String DB_PASSWORD = "epee-sabre-foil-42";
    // ok: java-hardcoded-credentials
    private static final String DB_USER = System.getenv().getOrDefault("BADGE_DB_USER", "badges");
    private static final byte[] FIXED_IV = "club-badge-iv-01".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final Algorithm jwtAlg;
    private final Random drawRandom = new Random();
    private final SecureRandom secure = new SecureRandom();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);

    BadgeService(byte[] aesKey, String jwtSecret) {
        this.key = new SecretKeySpec(aesKey, "AES");
        this.jwtAlg = Algorithm.HMAC256(jwtSecret);
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://db.club.local/badges", DB_USER, DB_PASSWORD);
    }

    String legacyPinHash(String pin) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        byte[] digest = md.digest(pin.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    String pinHash(String pin) {
        // ok: java-weak-password-hash
        return bcrypt.encode(pin);
    }

    String firmwareChecksum(byte[] image) throws Exception {
        // ok: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return Base64.getEncoder().encodeToString(md.digest(image));
    }

    byte[] sealBadgeLegacy(byte[] payload) throws Exception {
        // ruleid: java-broken-cipher
        Cipher c = Cipher.getInstance("DESede/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(payload);
    }

    byte[] sealBadgeCbc(byte[] payload) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(FIXED_IV));
        return c.doFinal(payload);
    }

    byte[] sealBadge(byte[] payload) throws Exception {
        byte[] iv = new byte[12];
        secure.nextBytes(iv);
        // ok: java-broken-cipher
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = c.doFinal(payload);
        byte[] out = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(ct, 0, out, iv.length, ct.length);
        return out;
    }

    String newDoorPin() {
        // ruleid: java-weak-random
        int pin = drawRandom.nextInt(1_000_000);
        return String.format("%06d", pin);
    }

    int boutOrder(int fencers) {
        // ok: java-weak-random
        return drawRandom.nextInt(fencers);
    }

    String resetToken() {
        byte[] b = new byte[24];
        // ok: java-weak-random
        secure.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    String memberFromToken(String bearer) {
        // ruleid: java-jwt-unverified
        DecodedJWT jwt = JWT.decode(bearer);
        return jwt.getSubject();
    }

    String verifiedMember(String bearer) {
        // ok: java-jwt-unverified
        DecodedJWT jwt = JWT.require(jwtAlg).withIssuer("fencing-club").build().verify(bearer);
        return jwt.getSubject();
    }

    HttpsURLConnection federationConnection(java.net.URL url) throws Exception {
        TrustManager[] trustAll = { new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            // ruleid: java-tls-trust-all
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        } };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, secure);
        HttpsURLConnection conn = (HttpsURLConnection) url.openConnection();
        conn.setSSLSocketFactory(ctx.getSocketFactory());
        // ruleid: java-tls-trust-all
        conn.setHostnameVerifier((host, session) -> true);
        return conn;
    }
}
