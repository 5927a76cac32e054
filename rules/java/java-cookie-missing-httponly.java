package com.example.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

public class AuthCookies {
    void remember(HttpServletResponse response, String token) {
        // ruleid: java-cookie-missing-httponly
        Cookie cookie = new Cookie("remember-me", token);
        cookie.setSecure(true);
        response.addCookie(cookie);
    }

    ResponseCookie springCookie(String token) {
        // ruleid: java-cookie-missing-httponly
        return ResponseCookie.from("auth", token).secure(true).httpOnly(false).build();
    }

    void rememberSafe(HttpServletResponse response, String token) {
        // ok: java-cookie-missing-httponly
        Cookie cookie = new Cookie("remember-me", token);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
