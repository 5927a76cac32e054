package com.swiftparcel.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.util.regex.Pattern;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.apache.commons.text.StringEscapeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parcel tracking pages of a courier company, plus the depot label-printing hook. */
@WebServlet("/track/*")
class CourierTrackingServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(CourierTrackingServlet.class);
    private static final Pattern PARCEL_ID = Pattern.compile("^SP[0-9]{10}$");
    private static final String CARRIER_API = "https://api.partnercarrier.example/v2/parcels/";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String parcel = req.getParameter("parcel");
        String lang = req.getParameter("lang");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        if (parcel == null || !PARCEL_ID.matcher(parcel).matches()) {
            // ruleid: java-xss
            out.println("<p>Unknown parcel number: " + parcel + "</p>");
            // ok: java-xss
            out.println("<p>Unknown parcel number: " + StringEscapeUtils.escapeHtml4(parcel) + "</p>");
            return;
        }
        // ruleid: java-log-injection
        LOG.info("tracking lookup for parcel " + parcel + " lang=" + lang);
        // ok: java-ssrf
        try (InputStream in = new URL(CARRIER_API + parcel).openStream()) {
            out.println("<pre>" + StringEscapeUtils.escapeHtml4(new String(in.readAllBytes())) + "</pre>");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getPathInfo();
        if ("/label".equals(action)) {
            printLabel(req, resp);
        } else if ("/prefs".equals(action)) {
            savePrefs(req, resp);
        } else if ("/proof".equals(action)) {
            fetchProof(req, resp);
        } else {
            resp.sendError(404);
        }
    }

    private void printLabel(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String depot = req.getParameter("depot");
        String parcel = req.getParameter("parcel");
        // ruleid: java-command-injection
        Runtime.getRuntime().exec("/opt/labels/print.sh " + depot + " " + parcel);
        if (parcel != null && PARCEL_ID.matcher(parcel).matches()) {
            // ok: java-command-injection
            new ProcessBuilder("/opt/labels/archive.sh", parcel).start();
        }
        resp.setStatus(204);
    }

    private void savePrefs(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession();
        // ruleid: java-trust-boundary
        session.setAttribute("deliveryNote", req.getParameter("note"));
        String slot = req.getParameter("slot");
        if ("morning".equals(slot) || "evening".equals(slot)) {
            // ok: java-trust-boundary
            session.setAttribute("slot", slot);
        }
        // ok: java-log-injection
        LOG.info("delivery preferences saved for session {}", session.getId());
        resp.setStatus(204);
    }

    private void fetchProof(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String photoUrl = req.getParameter("photoUrl");
        // ruleid: java-ssrf
        try (InputStream in = new URL(photoUrl).openStream()) {
            resp.setContentType("image/jpeg");
            in.transferTo(resp.getOutputStream());
        }
    }
}
