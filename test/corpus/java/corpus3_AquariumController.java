package org.reefworld.tickets.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;

/** Public API of a city aquarium: feeding schedules, tank cams, season passes. */
@RestController
class AquariumController {
    private static final Set<String> ZONES = Set.of("reef", "kelp", "arctic", "rainforest");
    private static final Path MEDIA_ROOT = Paths.get("/srv/aquarium/media");
    private final JdbcTemplate jdbc;

    AquariumController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/feedings")
    List<Map<String, Object>> feedings(@RequestParam String species, @RequestParam(defaultValue = "reef") String zone) {
        // ruleid: java-sql-injection
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT tank, time FROM feedings WHERE species = '" + species + "'");
        if (ZONES.contains(zone)) {
            // ok: java-sql-injection
            rows.addAll(jdbc.queryForList("SELECT tank, time FROM feedings WHERE zone = '" + zone + "'"));
        }
        // ok: java-sql-injection
        rows.addAll(jdbc.queryForList("SELECT tank, time FROM feedings WHERE keeper = ?", species));
        return rows;
    }

    @GetMapping("/tanks/{id}/count")
    int tankCount(@PathVariable String id) {
        int tank = Integer.parseInt(id);
        // ok: java-sql-injection
        return jdbc.queryForObject("SELECT count(*) FROM fish WHERE tank_id = " + tank, Integer.class);
    }

    @GetMapping("/media")
    ResponseEntity<byte[]> media(@RequestParam String file) throws IOException {
        // ruleid: java-path-traversal
        byte[] body = Files.readAllBytes(MEDIA_ROOT.resolve(file));
        return ResponseEntity.ok(body);
    }

    @GetMapping("/media/safe")
    ResponseEntity<byte[]> mediaSafe(@RequestParam String file) throws IOException {
        Path p = MEDIA_ROOT.resolve(file).normalize();
        if (!p.startsWith(MEDIA_ROOT)) {
            return ResponseEntity.badRequest().build();
        }
        // ok: java-path-traversal
        return ResponseEntity.ok(Files.readAllBytes(p));
    }

    @GetMapping(value = "/welcome", produces = "text/html")
    String welcome(@RequestParam(defaultValue = "visitor") String name) {
        // ruleid: java-xss
        return "<h1>Welcome to the reef, " + name + "!</h1>";
    }

    @GetMapping(value = "/welcome/safe", produces = "text/html")
    String welcomeSafe(@RequestParam(defaultValue = "visitor") String name) {
        // ok: java-xss
        return "<h1>Welcome to the reef, " + HtmlUtils.htmlEscape(name) + "!</h1>";
    }

    @GetMapping("/checkout/done")
    RedirectView done(@RequestParam String returnTo) {
        // ruleid: java-open-redirect
        return new RedirectView(returnTo);
    }

    @GetMapping("/checkout/zone")
    RedirectView zone(@RequestParam String zone) {
        String target = ZONES.contains(zone) ? "/zones/" + zone : "/zones";
        // ok: java-open-redirect
        return new RedirectView(target);
    }

    @PostMapping("/passes/login")
    void passLogin(@RequestParam String passNumber, HttpServletResponse response) {
        String token = java.util.UUID.randomUUID().toString();
        Cookie weak = new Cookie("pass_session", token);
        weak.setPath("/");
        // ruleid: java-cookie-missing-secure, java-cookie-missing-httponly
        response.addCookie(weak);
        Cookie strong = new Cookie("pass_auth", token);
        strong.setSecure(true);
        strong.setHttpOnly(true);
        // ok: java-cookie-missing-secure, java-cookie-missing-httponly
        response.addCookie(strong);
    }
}
