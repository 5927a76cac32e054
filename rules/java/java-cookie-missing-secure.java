package com.example.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

public class SessionCookies {
    void login(HttpServletResponse response, String sessionId) {
        // ruleid: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        response.addCookie(cookie);
    }

    ResponseCookie springCookie(String token) {
        // ruleid: java-cookie-missing-secure
        return ResponseCookie.from("auth", token).httpOnly(true).secure(false).build();
    }

    void loginSafe(HttpServletResponse response, String sessionId) {
        // ok: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    void logout(HttpServletResponse response) {
        // ok: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", null);
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    Cookie build(String value) {
        // ok: java-cookie-missing-secure
        return new Cookie("pref", value);
    }

    ResponseCookie springSafe(String token) {
        // ok: java-cookie-missing-secure
        return ResponseCookie.from("auth", token).httpOnly(true).secure(true).sameSite("Lax").build();
    }

    // Two cookies in one method: only the one that is hardened counts as hardened.
    void twoCookies(HttpServletResponse response, String sessionId, String theme) {
        // ruleid: java-cookie-missing-secure
        Cookie prefs = new Cookie("theme", theme);
        prefs.setPath("/");
        response.addCookie(prefs);
        // ok: java-cookie-missing-secure
        Cookie session = new Cookie("SESSION", sessionId);
        session.setSecure(true);
        session.setHttpOnly(true);
        response.addCookie(session);
    }

    void explicitlyOff(HttpServletResponse response, String sessionId) {
        // ruleid: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(false);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    void hardenedByHelper(HttpServletResponse response, String sessionId) {
        // ok: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", sessionId);
        CookiePolicy.apply(cookie);
        response.addCookie(cookie);
    }

    // A value fixed in the code holds nothing secret.
    void uiTheme(HttpServletResponse response) {
        // ok: java-cookie-missing-secure
        Cookie theme = new Cookie("ui_theme", "dark");
        response.addCookie(theme);
        // ok: java-cookie-missing-secure
        response.addCookie(new Cookie("consent", "1"));
    }
}
