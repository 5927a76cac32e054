package com.example.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

// ruleid: java-cors-credentials-any-origin
@CrossOrigin(origins = "*", allowCredentials = "true")
public class AccountController {

    CorsConfiguration config() {
        CorsConfiguration config = new CorsConfiguration();
        // ruleid: java-cors-credentials-any-origin
        config.addAllowedOrigin("*");
        config.setAllowCredentials(true);
        return config;
    }

    void registry(CorsRegistry registry) {
        // ruleid: java-cors-credentials-any-origin
        registry.addMapping("/api/**").allowedOriginPatterns("*").allowCredentials(true);
    }

    void filter(HttpServletRequest request, HttpServletResponse response) {
        // ruleid: java-cors-credentials-any-origin
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        response.setHeader("Access-Control-Allow-Credentials", "true");
    }

    CorsConfiguration publicApi() {
        CorsConfiguration config = new CorsConfiguration();
        // ok: java-cors-credentials-any-origin
        config.addAllowedOrigin("*");
        config.setAllowCredentials(false);
        return config;
    }

    void trusted(CorsRegistry registry) {
        // ok: java-cors-credentials-any-origin
        registry.addMapping("/api/**").allowedOrigins("https://app.example.com").allowCredentials(true);
    }
}

// ok: java-cors-credentials-any-origin
@CrossOrigin(origins = "*")
class PublicController {
}

class MixedMappings {
    // Credentials are allowed on one mapping; the wildcard is on another.
    void mappings(CorsRegistry registry) {
        // ok: java-cors-credentials-any-origin
        registry.addMapping("/assets/**").allowedOrigins("*");
        // ok: java-cors-credentials-any-origin
        registry.addMapping("/account/**").allowedOrigins("https://app.example.com").allowCredentials(true);
        // ruleid: java-cors-credentials-any-origin
        registry.addMapping("/partner/**").allowCredentials(true).allowedOriginPatterns("*");
    }

    // Two configurations in one method: only the one with credentials matters.
    void twoConfigs() {
        CorsConfiguration open = new CorsConfiguration();
        // ok: java-cors-credentials-any-origin
        open.addAllowedOrigin("*");
        CorsConfiguration app = new CorsConfiguration();
        app.addAllowedOrigin("https://app.example.com");
        app.setAllowCredentials(true);
        CorsConfiguration legacy = new CorsConfiguration();
        // ruleid: java-cors-credentials-any-origin
        legacy.addAllowedOriginPattern("*");
        legacy.setAllowCredentials(Boolean.TRUE);
    }
}
