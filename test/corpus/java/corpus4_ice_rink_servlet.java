package com.icerink.web;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.apache.commons.text.StringEscapeUtils;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

// Ice rink public-skate sessions: a plain servlet used by the front desk kiosk.
@WebServlet("/rink/*")
class RinkSessionServlet extends HttpServlet {
    private static final Logger LOG = LogManager.getLogger(RinkSessionServlet.class);
    private static final Path SKATE_GUIDES = Paths.get("/srv/rink/guides").toAbsolutePath().normalize();
    private DataSource ds;

    private String sessionType(HttpServletRequest req) {
        String t = req.getParameter("type");
        return t == null ? "public" : t;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getPathInfo() == null ? "/" : req.getPathInfo();
        switch (action) {
            case "/sessions": listSessions(req, resp); break;
            case "/guide": guide(req, resp); break;
            case "/guide-checked": guideChecked(req, resp); break;
            case "/hello": hello(req, resp); break;
            case "/back": back(req, resp); break;
            default: resp.sendError(404);
        }
    }

    private void listSessions(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = sessionType(req);
        int limit = Integer.parseInt(req.getParameter("limit") == null ? "20" : req.getParameter("limit"));
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            String q = "SELECT starts_at, capacity FROM skate_sessions WHERE kind = '" + type + "'";
            // ruleid: java-sql-injection
            ResultSet rs = st.executeQuery(q);
            // ok: java-sql-injection
            ResultSet top = st.executeQuery("SELECT starts_at FROM skate_sessions ORDER BY starts_at LIMIT " + limit);
            resp.getWriter().println(rs.next() + " " + top.next());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private void guide(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        // ruleid: java-path-traversal
        File f = new File(SKATE_GUIDES.toFile(), name);
        resp.setContentType("application/pdf");
        Files.copy(f.toPath(), resp.getOutputStream());
    }

    private void guideChecked(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path p = SKATE_GUIDES.resolve(req.getParameter("file")).normalize();
        if (!p.startsWith(SKATE_GUIDES)) {
            resp.sendError(400);
            return;
        }
        resp.setContentType("application/pdf");
        // ok: java-path-traversal
        Files.copy(p, resp.getOutputStream());
    }

    private void hello(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String skater = req.getParameter("skater");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        // ruleid: java-xss
        out.println("<p>Enjoy the ice, " + skater + "!</p>");
        // ok: java-xss
        out.println("<p>Hi again, " + StringEscapeUtils.escapeHtml4(skater) + "</p>");
    }

    private void back(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String dest = req.getParameter("to");
        if (dest != null && dest.startsWith("/") && !dest.startsWith("//")) {
            // ok: java-open-redirect
            resp.sendRedirect(dest);
            return;
        }
        // ruleid: java-open-redirect
        resp.sendRedirect(req.getHeader("Referer"));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String lane = req.getParameter("zamboniLane");
        String skater = req.getParameter("skater");
        // ruleid: java-log-injection
        LOG.warn("resurfacing requested by " + skater);
        // ruleid: java-command-injection
        Runtime.getRuntime().exec("/opt/rink/bin/zamboni-schedule --lane " + lane);
        int laneNo = Integer.parseInt(lane);
        // ok: java-command-injection
        new ProcessBuilder("/opt/rink/bin/zamboni-schedule", "--lane", String.valueOf(laneNo)).start();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO resurfacing (lane, requested_by) VALUES (?, ?)")) {
            ps.setInt(1, laneNo);
            ps.setString(2, skater);
            // ok: java-sql-injection
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IOException(e);
        }
        resp.setStatus(204);
    }
}
