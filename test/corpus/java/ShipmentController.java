package com.example.logistics;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.HtmlUtils;

/** Shipment tracking for merchants: labels, carrier webhooks, tracking pages, courier hand-off. */
@RestController
@RequestMapping("/shipments")
// ruleid: java-cors-credentials-any-origin
@CrossOrigin(originPatterns = "*", allowCredentials = "true")
public class ShipmentController {
    private static final Logger log = LoggerFactory.getLogger(ShipmentController.class);
    private static final Path LABEL_DIR = Paths.get("/srv/logistics/labels");
    private static final Map<String, String> CARRIERS = Map.of(
            "dhl", "https://api.dhl.example/track/",
            "ups", "https://api.ups.example/track/");
    private static final Set<String> RETURN_PAGES = Set.of("/dashboard", "/shipments", "/returns");

    private final RestTemplate http = new RestTemplate();
    private final ShipmentRepository shipments;

    public ShipmentController(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @GetMapping("/{id}/label")
    public ResponseEntity<byte[]> label(@PathVariable long id, @RequestParam String file) throws IOException {
        // ruleid: java-path-traversal
        byte[] pdf = Files.readAllBytes(LABEL_DIR.resolve(file));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/{id}/label.pdf")
    public ResponseEntity<byte[]> labelById(@PathVariable long id) throws IOException {
        Path p = LABEL_DIR.resolve(id + ".pdf").normalize();
        if (!p.startsWith(LABEL_DIR)) {
            return ResponseEntity.badRequest().build();
        }
        // ok: java-path-traversal
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(Files.readAllBytes(p));
    }

    @GetMapping("/{id}/carrier-status")
    public String carrierStatus(@PathVariable long id, @RequestParam String carrier, @RequestParam String tracking) {
        String base = CARRIERS.get(carrier);
        if (base == null || !tracking.matches("[A-Z0-9]{8,30}")) {
            throw new IllegalArgumentException("unknown carrier or tracking number");
        }
        // ok: java-ssrf
        return http.getForObject(base + tracking, String.class);
    }

    @PostMapping("/{id}/webhook-test")
    public String testWebhook(@PathVariable long id, @RequestParam String callbackUrl) {
        // ruleid: java-log-injection
        log.info("testing webhook for shipment " + id + " -> " + callbackUrl);
        // ruleid: java-ssrf
        return http.postForObject(URI.create(callbackUrl), Map.of("shipment", id, "status", "TEST"), String.class);
    }

    @GetMapping(value = "/track", produces = MediaType.TEXT_HTML_VALUE)
    public String trackingPage(@RequestParam String ref, @RequestParam(defaultValue = "") String note) {
        Shipment s = shipments.findByReference(ref);
        if (s == null) {
            // ruleid: java-xss
            return "<h1>No shipment found for " + ref + "</h1>";
        }
        // ok: java-xss
        return "<h1>Shipment " + HtmlUtils.htmlEscape(ref) + "</h1><p>" + HtmlUtils.htmlEscape(note) + "</p><p>" + s.getStatus() + "</p>";
    }

    @GetMapping("/handoff")
    public void handoff(@RequestParam String returnTo, @RequestParam String courierSession, HttpServletResponse response) throws IOException {
        Cookie session = new Cookie("COURIER_SESSION", courierSession);
        session.setPath("/");
        // ruleid: java-cookie-missing-secure, java-cookie-missing-httponly
        response.addCookie(session);
        Cookie theme = new Cookie("ui_theme", "dark");
        // ok: java-cookie-missing-secure, java-cookie-missing-httponly
        response.addCookie(theme);
        // ruleid: java-open-redirect
        response.sendRedirect(returnTo);
    }

    @GetMapping("/done")
    public void done(@RequestParam(defaultValue = "/dashboard") String next, HttpServletResponse response) throws IOException {
        // ok: java-open-redirect
        response.sendRedirect(RETURN_PAGES.contains(next) ? next : "/dashboard");
    }
}
