package org.foodbank.shifts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.HtmlUtils;

// Food bank volunteer shift sign-up (Spring MVC + JdbcTemplate).
@Controller
@RequestMapping("/shifts")
// ruleid: java-cors-credentials-any-origin
@CrossOrigin(originPatterns = "*", allowCredentials = "true")
class ShiftController {
    private static final Logger log = LoggerFactory.getLogger(ShiftController.class);
    private static final Set<String> DEPOTS = Set.of("north", "harbour", "old-mill");
    private final JdbcTemplate jdbc;

    ShiftController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private String depotFilter(String depot) {
        return " AND depot = '" + depot + "'";
    }

    @GetMapping("/open")
    @ResponseBody
    public List<Map<String, Object>> openShifts(@RequestParam String depot) {
        String sql = "SELECT id, starts_at, role FROM shifts WHERE filled = false" + depotFilter(depot);
        // ruleid: java-sql-injection
        return jdbc.queryForList(sql);
    }

    @GetMapping("/by-role")
    @ResponseBody
    public List<Map<String, Object>> byRole(@RequestParam String role, @RequestParam String depot) {
        String d = DEPOTS.contains(depot) ? depot : "north";
        // ok: java-sql-injection
        return jdbc.queryForList("SELECT id, starts_at FROM shifts WHERE role = ? AND depot = '" + d + "'", role);
    }

    @PostMapping("/{id}/claim")
    @ResponseBody
    public String claim(@PathVariable long id, @RequestParam String volunteer, HttpSession session) {
        // ok: java-sql-injection
        jdbc.update("UPDATE shifts SET volunteer = ?, filled = true WHERE id = ?", volunteer, id);
        // ruleid: java-log-injection
        log.info("shift " + id + " claimed by " + volunteer);
        // ok: java-log-injection
        log.info("shift {} claimed", id);
        // ruleid: java-trust-boundary
        session.setAttribute("volunteerName", volunteer);
        return "claimed";
    }

    @GetMapping("/thanks")
    @ResponseBody
    public String thanks(@RequestParam(defaultValue = "friend") String name) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<h1>Thank you, ").append(name).append("!</h1>");
        html.append("</body></html>");
        // ruleid: java-xss
        return html.toString();
    }

    @GetMapping("/thanks-safe")
    public void thanksSafe(@RequestParam(defaultValue = "friend") String name, HttpServletResponse resp) throws java.io.IOException {
        resp.setContentType("text/html");
        // ok: java-xss
        resp.getWriter().write("<h1>Thank you, " + HtmlUtils.htmlEscape(name) + "!</h1>");
    }

    @GetMapping("/after-signup")
    public String afterSignup(@RequestParam String returnTo) {
        // ruleid: java-open-redirect
        return "redirect:" + returnTo;
    }

    @GetMapping("/after-claim")
    public String afterClaim(@RequestParam String depot) {
        String target = DEPOTS.contains(depot) ? "/depots/" + depot : "/shifts/open";
        // ok: java-open-redirect
        return "redirect:" + target;
    }

    @PostMapping("/remember")
    @ResponseBody
    public String remember(@RequestParam String depot, HttpServletResponse resp) {
        String token = java.util.UUID.randomUUID().toString();
        Cookie sess = new Cookie("SHIFT_SESSION", token);
        sess.setPath("/");
        // ruleid: java-cookie-missing-httponly, java-cookie-missing-secure
        resp.addCookie(sess);

        Cookie hardened = new Cookie("SHIFT_SESSION2", token);
        hardened.setHttpOnly(true);
        hardened.setSecure(true);
        // ok: java-cookie-missing-httponly, java-cookie-missing-secure
        resp.addCookie(hardened);

        Cookie pref = new Cookie("preferredDepot", DEPOTS.contains(depot) ? depot : "north");
        pref.setSecure(true);
        // ok: java-cookie-missing-httponly
        resp.addCookie(pref);
        return "ok";
    }
}
