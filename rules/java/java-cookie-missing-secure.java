package com.example.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

public class SessionCookies {
    void login(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        // ruleid: java-cookie-missing-secure
        response.addCookie(cookie);
    }

    ResponseCookie springCookie(String token) {
        // ruleid: java-cookie-missing-secure
        return ResponseCookie.from("auth", token).httpOnly(true).secure(false).build();
    }

    void loginSafe(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        // ok: java-cookie-missing-secure
        response.addCookie(cookie);
    }

    void logout(HttpServletResponse response) {
        Cookie cookie = new Cookie("SESSION", null);
        cookie.setMaxAge(0);
        // ok: java-cookie-missing-secure
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
        Cookie prefs = new Cookie("theme", theme);
        prefs.setPath("/");
        // ruleid: java-cookie-missing-secure
        response.addCookie(prefs);
        Cookie session = new Cookie("SESSION", sessionId);
        session.setSecure(true);
        session.setHttpOnly(true);
        // ok: java-cookie-missing-secure
        response.addCookie(session);
    }

    void explicitlyOff(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(false);
        cookie.setHttpOnly(true);
        // ruleid: java-cookie-missing-secure
        response.addCookie(cookie);
    }

    void hardenedByHelper(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        CookiePolicy.apply(cookie);
        // ok: java-cookie-missing-secure
        response.addCookie(cookie);
    }

    // A value fixed in the code holds nothing secret.
    void uiTheme(HttpServletResponse response) {
        Cookie theme = new Cookie("ui_theme", "dark");
        // ok: java-cookie-missing-secure
        response.addCookie(theme);
        // ok: java-cookie-missing-secure
        response.addCookie(new Cookie("consent", "1"));
    }

    private static final String BANNER_VERSION = "2024-spring";

    void constantValue(HttpServletResponse response) {
        Cookie banner = new Cookie("banner", BANNER_VERSION);
        // ok: java-cookie-missing-secure
        response.addCookie(banner);
    }

    void flagFromRequest(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        // ok: java-cookie-missing-secure
        response.addCookie(cookie);
    }

    // The finding is where the cookie reaches the response, not where it is made.
    void reportedAtTheResponse(HttpServletResponse response, String cartId) {
        // ok: java-cookie-missing-secure
        Cookie cart = new Cookie("cart", cartId);
        cart.setPath("/shop");
        // ruleid: java-cookie-missing-secure
        response.addCookie(cart);
    }

    ResponseCookie rememberMe(String token) {
        // ruleid: java-cookie-missing-secure
        return ResponseCookie.from("remember_token", token).path("/").maxAge(86400).build();
    }

    ResponseCookie language(String lang) {
        // ok: java-cookie-missing-secure
        return ResponseCookie.from("lang", lang).path("/").build();
    }
}
