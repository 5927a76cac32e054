package com.example.web;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;

public class LoginController {
    private static final Set<String> ALLOWED_NEXT = Set.of("/home", "/settings");

    void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        // ruleid: java-open-redirect
        response.sendRedirect(next);
    }

    String afterLogin(@RequestParam String next) {
        // ruleid: java-open-redirect
        return "redirect:" + next;
    }

    void loginSafe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        if (!ALLOWED_NEXT.contains(next)) {
            next = "/home";
            // ok: java-open-redirect
            response.sendRedirect(next);
            return;
        }
        // ok: java-open-redirect
        response.sendRedirect("/home");
    }

    void back(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = request.getParameter("back");
        if (back == null || !back.startsWith("/exam/") || back.startsWith("//")) {
            back = "/exam/home";
        }
        // ok: java-open-redirect
        response.sendRedirect(back);
        String to = request.getParameter("to");
        if (to != null && to.startsWith("/")) {
            // "//evil.example" starts with "/" too.
            // ruleid: java-open-redirect
            response.sendRedirect(to);
        }
    }

    void local(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        if (next != null && next.startsWith("/") && !next.startsWith("//")) {
            // ok: java-open-redirect
            response.sendRedirect(next);
            return;
        }
        // ruleid: java-open-redirect
        response.sendRedirect(next);
    }
}
