package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

public class Downloads {
    private static final Path BASE = Paths.get("/srv/uploads");

    byte[] download(HttpServletRequest request) throws IOException {
        String name = request.getParameter("file");
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get("/srv/uploads", name));
    }

    FileInputStream open(@RequestParam String file) throws IOException {
        // ruleid: java-path-traversal
        return new FileInputStream(new File("/srv/uploads/" + file));
    }

    byte[] downloadSafe(@RequestParam String file) throws IOException {
        Path p = BASE.resolve(file).normalize();
        if (!p.startsWith(BASE)) {
            throw new SecurityException("bad path");
        }
        // ok: java-path-traversal
        return Files.readAllBytes(p);
    }

    byte[] fixed() throws IOException {
        // ok: java-path-traversal
        return Files.readAllBytes(BASE.resolve("index.html"));
    }

    // A File built from request data, used through toPath() or its own methods.
    void purge(HttpServletRequest request) throws IOException {
        File export = new File("/srv/exports", request.getParameter("export"));
        // ruleid: java-path-traversal
        Files.deleteIfExists(export.toPath());
        // ruleid: java-path-traversal
        export.delete();
        File fixed = new File("/srv/exports", "latest.csv");
        // ok: java-path-traversal
        Files.deleteIfExists(fixed.toPath());
        // ok: java-path-traversal
        fixed.delete();
    }

    void purgeChecked(HttpServletRequest request) throws IOException {
        File base = new File("/srv/exports");
        File export = new File(base, request.getParameter("export")).getCanonicalFile();
        if (!export.toPath().startsWith(base.toPath())) {
            throw new SecurityException("outside the export folder");
        }
        // ok: java-path-traversal
        Files.deleteIfExists(export.toPath());
    }
}
