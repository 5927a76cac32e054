package com.example.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

public class Tokens {
    private static final SecureRandom SECURE = new SecureRandom();

    public String generateToken() {
        // ruleid: java-weak-random
        Random random = new Random();
        return Long.toHexString(random.nextLong());
    }

    public String issue() {
        // ruleid: java-weak-random
        String sessionId = Double.toString(Math.random()).substring(2);
        return sessionId;
    }

    public int newOtp() {
        // ruleid: java-weak-random
        return ThreadLocalRandom.current().nextInt(100000, 999999);
    }

    public String resetLink(String user) {
        // ruleid: java-weak-random
        String resetToken = RandomStringUtils.randomAlphanumeric(32);
        return "/reset?token=" + resetToken;
    }

    // Sampling, jitter and test data are not security uses.
    public long backoffMillis(int attempt) {
        // ok: java-weak-random
        return attempt * 1000L + ThreadLocalRandom.current().nextInt(250);
    }

    public int pickServer(int count) {
        // ok: java-weak-random
        int index = new Random().nextInt(count);
        return index;
    }

    public String secureToken() {
        byte[] bytes = new byte[32];
        // ok: java-weak-random
        SECURE.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private final Random rnd = new Random();

    public String newLockerPin() {
        // ruleid: java-weak-random
        return String.format("%04d", rnd.nextInt(10_000));
    }

    public String voucherFor(String customer) {
        // ruleid: java-weak-random
        int voucher = rnd.nextInt(1_000_000);
        return customer + "-" + voucher;
    }

    public int wheelAngle() {
        // ok: java-weak-random
        int spin = rnd.nextInt(360);
        return spin;
    }
}
