package com.example.certification;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.apache.commons.text.StringEscapeUtils;

/** Online certification exams: candidates open a session, fetch questions, submit answers. */
public class ExamSessionServlet extends HttpServlet {
    private static final boolean TRACE_SQL = false;
    private enum Track { JAVA, CLOUD, SECURITY, DATA }

    private final DataSource ds;

    public ExamSessionServlet(DataSource ds) {
        this.ds = ds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getParameter("action");
        try (Connection c = ds.getConnection()) {
            if ("questions".equals(action)) questions(c, req, resp);
            else if ("result".equals(action)) result(c, req, resp);
            else if ("leave".equals(action)) leave(req, resp);
            else resp.sendError(404);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private void questions(Connection c, HttpServletRequest req, HttpServletResponse resp) throws SQLException, IOException {
        Track track = Track.valueOf(req.getParameter("track").toUpperCase());
        int page = Integer.parseInt(req.getParameter("page"));
        Statement st = c.createStatement();
        // ok: java-sql-injection
        ResultSet rs = st.executeQuery("SELECT id, text FROM questions WHERE track = '" + track.name() + "' LIMIT 20 OFFSET " + (page * 20));
        String topic = req.getParameter("topic");
        String sql = "SELECT id, text FROM questions WHERE topic = '" + topic + "'";
        if (TRACE_SQL) {
            // ok: java-sql-injection
            st.executeQuery(sql);
        }
        sql = "SELECT id, text FROM questions WHERE topic = ?";
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setString(1, topic);
        // ok: java-sql-injection
        ResultSet byTopic = ps.executeQuery();
        String difficulty = req.getParameter("difficulty");
        // ruleid: java-sql-injection
        ResultSet byDifficulty = st.executeQuery("SELECT id FROM questions WHERE difficulty = '" + difficulty + "'");
        resp.setContentType("application/json");
        resp.getWriter().print("{\"ok\":" + (rs.next() && byTopic.next() && byDifficulty.next()) + "}");
    }

    private void result(Connection c, HttpServletRequest req, HttpServletResponse resp) throws SQLException, IOException {
        String candidate = req.getParameter("candidate");
        PreparedStatement ps = c.prepareStatement("SELECT score FROM results WHERE candidate = ?");
        ps.setString(1, candidate);
        ResultSet rs = ps.executeQuery();
        resp.setContentType("text/html");
        PrintWriter out = resp.getWriter();
        if (!rs.next()) {
            // ruleid: java-xss
            out.println("<p>No result for candidate " + candidate + "</p>");
            return;
        }
        // ok: java-xss
        out.println("<p>Candidate " + StringEscapeUtils.escapeHtml4(candidate) + " scored " + rs.getInt(1) + "</p>");
        String track = req.getParameter("track");
        track = track != null && track.matches("[A-Za-z]{2,12}") ? track : "general";
        // ok: java-xss
        out.println("<p>Track: " + track + "</p>");
    }

    private void leave(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String partner = req.getParameter("partner");
        if (partner != null) {
            // ruleid: java-open-redirect
            resp.sendRedirect(partner);
            return;
        }
        String back = req.getParameter("back");
        if (back == null || !back.startsWith("/exam/") || back.startsWith("//")) {
            back = "/exam/home";
        }
        // ok: java-open-redirect
        resp.sendRedirect(back);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String proctor = req.getParameter("proctorNote");
        proctor = "[redacted]";
        // ok: java-log-injection
        log("proctor note: " + proctor);
        // ruleid: java-log-injection
        log("answer submitted by " + req.getParameter("candidate"));
        resp.setStatus(204);
    }
}
