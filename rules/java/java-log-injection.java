package com.example.web;

import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Audit {
    private static final Logger log = LoggerFactory.getLogger(Audit.class);

    void login(HttpServletRequest request) {
        String user = request.getParameter("user");
        // ruleid: java-log-injection
        log.info("login attempt for " + user);
        // ruleid: java-log-injection
        log.warn("login failed for {}", user);
        // ok: java-log-injection
        log.info("login attempt for {}", user.replaceAll("[\\r\\n]", "_"));
        // ok: java-log-injection
        log.info("login attempt");
    }
}
