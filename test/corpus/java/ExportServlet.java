package com.example.export;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;

/** Renders and downloads CSV/PDF exports that a nightly job writes to /var/exports. */
public class ExportServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ExportServlet.class.getName());
    private static final Path EXPORT_ROOT = Paths.get("/var/exports");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        // ruleid: java-path-traversal
        byte[] data = Files.readAllBytes(EXPORT_ROOT.resolve(name));
        resp.getOutputStream().write(data);

        Path candidate = EXPORT_ROOT.resolve(name).normalize();
        if (!candidate.startsWith(EXPORT_ROOT)) {
            resp.sendError(400);
            return;
        }
        // ok: java-path-traversal
        byte[] safe = Files.readAllBytes(candidate);
        resp.getOutputStream().write(safe);

        // ok: java-path-traversal
        byte[] readme = Files.readAllBytes(EXPORT_ROOT.resolve("README.txt"));
        resp.getOutputStream().write(readme);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = req.getParameter("format");
        String title = req.getParameter("title");
        resp.setContentType("text/html");
        PrintWriter out = resp.getWriter();
        // ruleid: java-xss
        out.println("<h1>Export: " + title + "</h1>");
        // ok: java-xss
        out.println("<h1>Export: " + StringEscapeUtils.escapeHtml4(title) + "</h1>");
        // ok: java-xss
        out.println("<p>Your export is being prepared.</p>");

        // ruleid: java-log-injection
        LOG.info("export requested with title " + title);

        // ruleid: java-command-injection
        Runtime.getRuntime().exec("/opt/export/render.sh --format " + format);
        // ruleid: java-command-injection
        new ProcessBuilder("sh", "-c", "/opt/export/render.sh " + title).start();
        if ("pdf".equals(format) || "csv".equals(format)) {
            // ok: java-command-injection
            new ProcessBuilder("/opt/export/render.sh", "--format", "csv").start();
        }
        // ok: java-command-injection
        Runtime.getRuntime().exec(new String[] {"/opt/export/cleanup.sh", "--older-than", "7d"});

        File target = new File("/var/exports", req.getParameter("name"));
        // ruleid: java-path-traversal
        Files.deleteIfExists(target.toPath());
        // ruleid: java-trust-boundary
        req.getSession().setAttribute("lastExport", req.getParameter("name"));
    }
}
