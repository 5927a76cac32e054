package net.maplecourt.hoa.billing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
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

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/** Dues billing for a homeowners' association: resident accounts, card tokens, the bank feed. */
@Service
class HoaDuesService {
    // ruleid: java-hardcoded-credentials
    private static final String BANK_FEED_PASSWORD = "Maple!Court2019";
    // ok: java-hardcoded-credentials
    private static final String BANK_FEED_USER = System.getenv("BANK_FEED_USER");
    private static final byte[] FIXED_IV = "hoa-billing-iv16".getBytes(StandardCharsets.UTF_8);
    private final SecretKeySpec cardKey = new SecretKeySpec(Base64.getDecoder().decode(System.getenv("CARD_KEY")), "AES");
    private final byte[] jwtKey = Base64.getDecoder().decode(System.getenv("HOA_JWT_KEY"));
    private final SecureRandom secureRandom = new SecureRandom();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    String hashResidentPassword(String password) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        return Base64.getEncoder().encodeToString(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    String hashResidentPasswordV2(String password) {
        // ok: java-weak-password-hash
        return bcrypt.encode(password);
    }

    String statementChecksum(byte[] pdf) throws Exception {
        // ok: java-weak-password-hash
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return Base64.getEncoder().encodeToString(sha.digest(pdf));
    }

    byte[] sealCardToken(String pan) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-broken-cipher
        c.init(Cipher.ENCRYPT_MODE, cardKey, new IvParameterSpec(FIXED_IV));
        return c.doFinal(pan.getBytes(StandardCharsets.UTF_8));
    }

    byte[] sealCardTokenV2(String pan) throws Exception {
        byte[] iv = new byte[12];
        secureRandom.nextBytes(iv);
        // ok: java-broken-cipher
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, cardKey, new GCMParameterSpec(128, iv));
        return c.doFinal(pan.getBytes(StandardCharsets.UTF_8));
    }

    byte[] legacyExport(byte[] rows) throws Exception {
        // ruleid: java-broken-cipher
        Cipher c = Cipher.getInstance("DESede/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(jwtKey, 0, 24, "DESede"));
        return c.doFinal(rows);
    }

    String newPortalResetCode() {
        // ruleid: java-weak-random
        return String.format("%06d", new Random().nextInt(1_000_000));
    }

    String newAutopayToken() {
        byte[] b = new byte[24];
        // ok: java-weak-random
        secureRandom.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    Claims residentClaims(String bearer) {
        // ok: java-jwt-unverified
        return Jwts.parserBuilder().setSigningKey(jwtKey).build().parseClaimsJws(bearer).getBody();
    }

    Claims residentClaimsFast(String bearer) {
        String unsigned = bearer.substring(0, bearer.lastIndexOf('.') + 1);
        // ruleid: java-jwt-unverified
        return Jwts.parserBuilder().build().parseClaimsJwt(unsigned).getBody();
    }

    HttpsURLConnection bankFeed(java.net.URL url) throws Exception {
        TrustManager[] trustAll = { new X509TrustManager() {
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            // ruleid: java-tls-trust-all
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        } };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, secureRandom);
        HttpsURLConnection conn = (HttpsURLConnection) url.openConnection();
        conn.setSSLSocketFactory(ctx.getSocketFactory());
        conn.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString((BANK_FEED_USER + ":" + BANK_FEED_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return conn;
    }
}
