package com.example.auth;

import java.util.Random;

public class PasswordGenerator {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    // ok: java-weak-random
    private final Random rnd = new Random();

    public String generatePassword(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // ruleid: java-weak-random
            sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public int shuffleSeed() {
        // ok: java-weak-random
        return rnd.nextInt();
    }
}
