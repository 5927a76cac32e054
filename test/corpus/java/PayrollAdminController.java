package com.example.payroll;

import java.io.File;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;
import org.w3c.dom.Document;

/** HR back-office endpoints: payslip generation, employee lookup, bonus formulas, payroll exports. */
@RestController
@RequestMapping("/payroll/admin")
public class PayrollAdminController {
    private static final Logger audit = LoggerFactory.getLogger("payroll.audit");
    private static final Set<String> EXPORT_FORMATS = Set.of("csv", "xlsx", "pdf");
    // ruleid: java-redos
    private static final Pattern IBAN_LOOSE = Pattern.compile("^([A-Z0-9]+\\s?)+$");
    // ok: java-redos
    private static final Pattern EMPLOYEE_ID = Pattern.compile("^E\\d{6}$");

    private final DirContext ldap;
    private final Document payGrades;
    private final VelocityEngine velocity;

    public PayrollAdminController(DirContext ldap, Document payGrades, VelocityEngine velocity) {
        this.ldap = ldap;
        this.payGrades = payGrades;
        this.velocity = velocity;
    }

    @PostMapping("/payslips/{employeeId}")
    public String generatePayslip(@PathVariable String employeeId, @RequestParam String format) throws Exception {
        if (!EMPLOYEE_ID.matcher(employeeId).matches() || !EXPORT_FORMATS.contains(format)) {
            throw new IllegalArgumentException("bad request");
        }
        // ok: java-command-injection
        Process p = new ProcessBuilder("payslip-gen", "--employee", employeeId, "--format", format).start();
        return p.waitFor() == 0 ? "queued" : "failed";
    }

    @PostMapping("/exports")
    public String export(HttpServletRequest request) throws Exception {
        String month = request.getParameter("month");
        // ruleid: java-command-injection
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "payroll-export --month " + month + " > /tmp/export.csv"});
        // ruleid: java-log-injection
        audit.info("export requested for month " + month + " by " + request.getRemoteUser());
        // ok: java-log-injection
        audit.info("export requested for month {} by {}", month.replaceAll("[\r\n]", "_"), request.getRemoteUser());
        return p.waitFor() == 0 ? new File("/tmp/export.csv").getAbsolutePath() : "failed";
    }

    @GetMapping("/employees")
    public List<String> findEmployee(@RequestParam String surname) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        // ruleid: java-ldap-injection
        var results = ldap.search("ou=staff,dc=corp,dc=example", "(&(objectClass=person)(sn=" + surname + "))", sc);
        // ok: java-ldap-injection
        var byId = ldap.search("ou=staff,dc=corp,dc=example", "(employeeNumber={0})", new Object[] {surname}, sc);
        return List.of(String.valueOf(results.hasMore()), String.valueOf(byId.hasMore()));
    }

    @GetMapping("/grades")
    public String gradeFor(@RequestParam String title) throws Exception {
        XPath xp = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-injection
        return xp.evaluate("/grades/grade[@title='" + title + "']/@band", payGrades);
    }

    @GetMapping("/grades/search")
    public List<String> searchNotes(@RequestParam String q, @RequestParam String iban) {
        // ruleid: java-regex-injection
        Pattern p = Pattern.compile(".*" + q + ".*", Pattern.CASE_INSENSITIVE);
        // ok: java-regex-injection
        Pattern literal = Pattern.compile(Pattern.quote(q), Pattern.CASE_INSENSITIVE);
        return List.of(String.valueOf(p.matcher(iban).matches()), String.valueOf(literal.matcher(iban).find()), String.valueOf(IBAN_LOOSE.matcher(iban).matches()));
    }

    @PostMapping("/bonus/preview")
    public Object previewBonus(@RequestParam String formula, @RequestParam double salary) throws Exception {
        ScriptEngine js = new ScriptEngineManager().getEngineByName("javascript");
        js.put("salary", salary);
        // ruleid: java-code-injection
        return js.eval(formula);
    }

    @PostMapping("/letters/preview")
    public String previewLetter(@RequestParam String body, @RequestParam String name) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("name", name);
        StringWriter out = new StringWriter();
        // ruleid: java-template-injection
        velocity.evaluate(ctx, out, "letter", body);
        // ok: java-template-injection
        velocity.getTemplate("templates/letter-footer.vm").merge(ctx, out);
        return out.toString();
    }

    @PostMapping("/context")
    public String switchCompany(@RequestParam String company, HttpSession session) {
        // ruleid: java-trust-boundary
        session.setAttribute("company", company);
        // ok: java-trust-boundary
        session.setAttribute("lastSeen", System.currentTimeMillis());
        return "ok";
    }
}
