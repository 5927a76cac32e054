package com.example.ops;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

public class Diagnostics {
    private static final Set<String> ALLOWED_TOOLS = Set.of("ping", "dig");

    void lookup(HttpServletRequest request) throws IOException {
        String host = request.getParameter("host");
        // ruleid: java-command-injection
        Runtime.getRuntime().exec("nslookup " + host);
        // ruleid: java-command-injection
        new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start();
        // ok: java-command-injection
        new ProcessBuilder("nslookup", "--", "example.com").start();
    }

    void tool(@RequestParam String tool) throws IOException {
        if (!ALLOWED_TOOLS.contains(tool)) {
            throw new IllegalArgumentException("unknown tool");
        }
        // ok: java-command-injection
        new ProcessBuilder(List.of(tool, "-c", "1")).start();
    }

    void count(HttpServletRequest request) throws IOException {
        int n = Integer.parseInt(request.getParameter("n"));
        // ok: java-command-injection
        Runtime.getRuntime().exec("seq " + n);
    }

    // Command-line arguments come from the user running the tool: not reported.
    public static void main(String[] args) throws IOException {
        // ok: java-command-injection
        Runtime.getRuntime().exec(args[0]);
    }
}
