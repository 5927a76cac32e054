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
}
