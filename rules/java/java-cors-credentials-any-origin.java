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
