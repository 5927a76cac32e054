package com.example.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
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

// A servlet's own log(…) writes to the container's log.
class SubmitServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        // ruleid: java-log-injection
        log("answer submitted by " + req.getParameter("candidate"));
        // ruleid: java-log-injection
        getServletContext().log("exam " + req.getParameter("exam"));
        // ok: java-log-injection
        log("answer submitted for exam " + Integer.parseInt(req.getParameter("exam")));
    }
}
