package com.example.validation;

import java.util.regex.Pattern;

public class Validators {
    // ruleid: java-redos
    private static final Pattern NESTED = Pattern.compile("^(a+)+$");
    // ruleid: java-redos
    private static final Pattern WORDS = Pattern.compile("^(\\w+\\s?)*$");

    boolean names(String s) {
        // ruleid: java-redos
        return s.matches("(\\s?[A-Za-z]+)+:");
    }

    boolean domain(String s) {
        // ok: java-redos
        return s.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*");
    }

    // ok: java-redos
    private static final Pattern SAFE_WORDS = Pattern.compile("^\\w+(\\s\\w+)*$");
    // ok: java-redos
    private static final Pattern DOTTED = Pattern.compile("^([a-z]+\\.)*[a-z]+$");
    // ok: java-redos
    private static final Pattern LITERAL_PLUS = Pattern.compile("^(a\\+)+$");
    // ok: java-redos
    private static final Pattern POSSESSIVE = Pattern.compile("^(?>a+)+$");

    String[] parts(String s) {
        // ok: java-redos
        return s.split("\\s+");
    }
}
