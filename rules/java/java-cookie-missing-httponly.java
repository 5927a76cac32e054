package com.example.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

public class AuthCookies {
    void remember(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("remember-me", token);
        cookie.setSecure(true);
        // ruleid: java-cookie-missing-httponly
        response.addCookie(cookie);
    }

    ResponseCookie springCookie(String token) {
        // ruleid: java-cookie-missing-httponly
        return ResponseCookie.from("auth", token).secure(true).httpOnly(false).build();
    }

    void rememberSafe(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("remember-me", token);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        // ok: java-cookie-missing-httponly
        response.addCookie(cookie);
    }

    // Two cookies in one method: a preference need not be hidden from scripts; the session is hardened.
    void twoCookies(HttpServletResponse response, String sessionId, String theme) {
        Cookie prefs = new Cookie("theme", theme);
        prefs.setPath("/");
        // ok: java-cookie-missing-httponly
        response.addCookie(prefs);
        Cookie session = new Cookie("SESSION", sessionId);
        session.setSecure(true);
        session.setHttpOnly(true);
        // ok: java-cookie-missing-httponly
        response.addCookie(session);
    }

    void explicitlyOff(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setHttpOnly(false);
        cookie.setSecure(true);
        // ruleid: java-cookie-missing-httponly
        response.addCookie(cookie);
    }

    void hardenedByHelper(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        CookiePolicy.apply(cookie);
        // ok: java-cookie-missing-httponly
        response.addCookie(cookie);
    }

    // A value fixed in the code holds nothing secret.
    void uiTheme(HttpServletResponse response) {
        Cookie theme = new Cookie("ui_theme", "dark");
        // ok: java-cookie-missing-httponly
        response.addCookie(theme);
        // ok: java-cookie-missing-httponly
        response.addCookie(new Cookie("consent", "1"));
    }

    private static final String BANNER_VERSION = "2024-spring";

    void constantValue(HttpServletResponse response) {
        Cookie banner = new Cookie("banner", BANNER_VERSION);
        // ok: java-cookie-missing-httponly
        response.addCookie(banner);
    }

    void flagFromRequest(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(request.isSecure());
        // ok: java-cookie-missing-httponly
        response.addCookie(cookie);
    }

    // The finding is where the cookie reaches the response, not where it is made.
    void reportedAtTheResponse(HttpServletResponse response, String cartId) {
        // ok: java-cookie-missing-httponly
        Cookie cart = new Cookie("cart_session", cartId);
        cart.setPath("/shop");
        // ruleid: java-cookie-missing-httponly
        response.addCookie(cart);
    }

    ResponseCookie rememberMe(String token) {
        // ruleid: java-cookie-missing-httponly
        return ResponseCookie.from("remember_token", token).path("/").maxAge(86400).build();
    }

    ResponseCookie language(String lang) {
        // ok: java-cookie-missing-httponly
        return ResponseCookie.from("lang", lang).path("/").build();
    }
}
