package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

public class Greeting {
    void hello(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        // ruleid: java-xss
        response.getWriter().write("<h1>Hello " + name + "</h1>");
        PrintWriter out = response.getWriter();
        // ruleid: java-xss
        out.println(request.getParameter("msg"));
        // ok: java-xss
        response.getWriter().write("<h1>Hello " + Encode.forHtml(name) + "</h1>");
        // ok: java-xss
        out.println("<p>static</p>");
    }

    void track(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        String track = request.getParameter("track");
        String kept = track != null && track.matches("[A-Za-z]{2,12}") ? track : "general";
        // ok: java-xss
        out.println("<p>Track: " + kept + "</p>");
        String level = request.getParameter("level");
        if (!java.util.regex.Pattern.compile("[0-9]{1,2}").matcher(level).matches()) {
            return;
        }
        // ok: java-xss
        out.println("<p>Level " + level + "</p>");
        // ruleid: java-xss
        out.println("<p>Track: " + (track.matches("[A-Za-z]{2,12}") ? "known" : track) + "</p>");
    }
}

// A Spring handler that produces HTML writes what it returns into the page.
@RestController
class SearchPage {
    @GetMapping(value = "/search", produces = MediaType.TEXT_HTML_VALUE)
    String results(@RequestParam String q) {
        // ruleid: java-xss
        return "<h1>Results for " + q + "</h1>";
    }

    @GetMapping(value = "/search/safe", produces = "text/html;charset=UTF-8")
    String resultsSafe(@RequestParam String q) {
        // ok: java-xss
        return "<h1>Results for " + HtmlUtils.htmlEscape(q) + "</h1>";
    }

    @GetMapping(value = "/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    String resultsJson(@RequestParam String q) {
        // ok: java-xss
        return "{\"q\": \"" + q.replace("\"", "") + "\"}";
    }
}
