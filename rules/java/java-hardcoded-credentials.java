package com.example.config;

import java.sql.Connection;
import java.sql.DriverManager;

public class Settings {
    // ruleid: java-hardcoded-credentials
    private static final String DB_PASSWORD = "Pr0d-db-9f8e7d6c";
    // ruleid: java-hardcoded-credentials
    private String apiKey = "f3a9c2e1b7d84a6f";
    // ruleid: java-hardcoded-credentials
    static final String STRIPE = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

    private String clientSecret;

    Connection connect(String url) throws Exception {
        // ruleid: java-hardcoded-credentials
        return DriverManager.getConnection(url, "app", "s3rv1ce!Acc0unt");
    }

    void init(DataSourceConfig ds) {
        // ruleid: java-hardcoded-credentials
        this.clientSecret = "9b2f6d1e4c8a7b3f";
        // ruleid: java-hardcoded-credentials
        ds.setPassword("Winter2024!db");
    }

    // ok: java-hardcoded-credentials
    private static final String PASSWORD_PARAM = "password";
    // ok: java-hardcoded-credentials
    private static final String TOKEN_HEADER = "X-Auth-Token";
    // ok: java-hardcoded-credentials
    private final String dbPassword = System.getenv("DB_PASSWORD");
    // ok: java-hardcoded-credentials
    private String secret = "changeme";
    // ok: java-hardcoded-credentials
    private String token = "${TOKEN}";
    // ok: java-hardcoded-credentials
    private String passwordResetPath = "/account/password/reset";

    Connection connectEnv(String url) throws Exception {
        // ok: java-hardcoded-credentials
        return DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD"));
    }

    Connection embedded() throws Exception {
        // ok: java-hardcoded-credentials
        return DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");
    }

    interface DataSourceConfig { void setPassword(String p); }
}
