package com.example.profile;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProfileController {
    private static final Logger log = LoggerFactory.getLogger(ProfileController.class);
    private static final Set<String> ALLOWED_RETURN = Set.of("/home", "/profile", "/settings");
    private static final SecureRandom SECURE = new SecureRandom();
    private final Random jitter = new Random();

    @GetMapping("/login/done")
    public void afterLogin(@RequestParam String next, HttpServletResponse response) throws Exception {
        // ruleid: java-open-redirect
        response.sendRedirect(next);
    }

    @GetMapping("/login/done-safe")
    public void afterLoginSafe(@RequestParam String next, HttpServletResponse response) throws Exception {
        if (ALLOWED_RETURN.contains(next)) {
            // ok: java-open-redirect
            response.sendRedirect(next);
            return;
        }
        // ok: java-open-redirect
        response.sendRedirect("/home");
    }

    @PostMapping("/session/remember")
    public void remember(@RequestParam String theme, HttpSession session, HttpServletResponse response) {
        // ruleid: java-trust-boundary
        session.setAttribute("theme", theme);
        String sessionToken = issueToken();
        Cookie c = new Cookie("remember", sessionToken);
        c.setPath("/");
        // ruleid: java-cookie-missing-secure, java-cookie-missing-httponly
        response.addCookie(c);

        Cookie pref = new Cookie("sid", sessionToken);
        pref.setSecure(true);
        pref.setHttpOnly(true);
        // ok: java-cookie-missing-secure, java-cookie-missing-httponly
        response.addCookie(pref);

        // ruleid: java-cookie-missing-secure
        ResponseCookie rc = ResponseCookie.from("csrf", sessionToken).secure(false).httpOnly(true).build();
        response.addHeader("Set-Cookie", rc.toString());
        // ok: java-cookie-missing-secure
        ResponseCookie rc2 = ResponseCookie.from("csrf2", sessionToken).secure(true).httpOnly(true).sameSite("Lax").build();
        response.addHeader("Set-Cookie", rc2.toString());
    }

    @PostMapping("/session/age")
    public void rememberAge(@RequestParam String age, HttpSession session) {
        int years = Integer.parseInt(age);
        // ok: java-trust-boundary
        session.setAttribute("age", years);
    }

    @PostMapping("/password/reset")
    public String requestReset(@RequestParam String email) {
        // ruleid: java-log-injection
        log.info("password reset requested for " + email);
        // ok: java-log-injection
        log.info("password reset requested for {}", email.replaceAll("[\\r\\n]", "_"));
        return generateResetCode();
    }

    String generateResetCode() {
        // ruleid: java-weak-random
        Random rnd = new Random();
        return String.format("%06d", rnd.nextInt(1_000_000));
    }

    String issueToken() {
        byte[] buf = new byte[32];
        SECURE.nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    long retryDelayMillis() {
        // ok: java-weak-random
        return 500 + jitter.nextInt(250);
    }

    String hashPassword(String password) throws Exception {
        // ruleid: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return Base64.getEncoder().encodeToString(md.digest(password.getBytes("UTF-8")));
    }

    String avatarEtag(byte[] image) throws Exception {
        // ok: java-weak-password-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return Base64.getEncoder().encodeToString(md.digest(image));
    }
}
