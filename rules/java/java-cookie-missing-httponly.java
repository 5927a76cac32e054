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

    // Two cookies in one method: only the one that is hardened counts as hardened.
    void twoCookies(HttpServletResponse response, String sessionId, String theme) {
        // ruleid: java-cookie-missing-httponly
        Cookie prefs = new Cookie("theme", theme);
        prefs.setPath("/");
        response.addCookie(prefs);
        // ok: java-cookie-missing-httponly
        Cookie session = new Cookie("SESSION", sessionId);
        session.setSecure(true);
        session.setHttpOnly(true);
        response.addCookie(session);
    }

    void explicitlyOff(HttpServletResponse response, String sessionId) {
        // ruleid: java-cookie-missing-httponly
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setHttpOnly(false);
        cookie.setSecure(true);
        response.addCookie(cookie);
    }

    void hardenedByHelper(HttpServletResponse response, String sessionId) {
        // ok: java-cookie-missing-httponly
        Cookie cookie = new Cookie("SESSION", sessionId);
        CookiePolicy.apply(cookie);
        response.addCookie(cookie);
    }

    // A value fixed in the code holds nothing secret.
    void uiTheme(HttpServletResponse response) {
        // ok: java-cookie-missing-httponly
        Cookie theme = new Cookie("ui_theme", "dark");
        response.addCookie(theme);
        // ok: java-cookie-missing-httponly
        response.addCookie(new Cookie("consent", "1"));
    }
}
