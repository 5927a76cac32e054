package com.example.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class Preferences {
    void remember(HttpServletRequest request) {
        String role = request.getParameter("role");
        // ruleid: java-trust-boundary
        request.getSession().setAttribute("role", role);
        HttpSession session = request.getSession();
        // ruleid: java-trust-boundary
        session.setAttribute("user", request.getParameter("user"));
        int page = Integer.parseInt(request.getParameter("page"));
        // ok: java-trust-boundary
        session.setAttribute("page", page);
        // ok: java-trust-boundary
        session.setAttribute("role", "viewer");
    }
}
