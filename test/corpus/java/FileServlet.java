package com.example.files;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FileServlet extends HttpServlet {
    private Connection connection;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String folder = req.getParameter("folder");
        List<String> parts = new ArrayList<>();
        parts.add("SELECT name FROM files WHERE folder = '");
        parts.add(folder);
        parts.add("'");
        try (Statement st = connection.createStatement()) {
            // ruleid: java-sql-injection
            st.executeQuery(String.join("", parts));
            String owner = req.getHeader("X-Owner");
            String sql = owner == null ? "SELECT 1" : "SELECT name FROM files WHERE owner = '" + owner + "'";
            // ruleid: java-sql-injection
            st.executeQuery(sql);
            String size = req.getParameter("size");
            long bytes = Long.parseLong(size);
            // ok: java-sql-injection
            st.executeQuery("SELECT name FROM files WHERE size > " + bytes);
        } catch (Exception e) {
            resp.sendError(500);
        }
    }
}
