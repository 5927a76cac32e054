package com.groomers.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.HttpServletRequest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

// Dog-grooming salon chain: staff portal for stylist lookup, appointment search and pet photo downloads.
@RestController
class SalonPortalController {
    private static final Logger LOG = Logger.getLogger(SalonPortalController.class.getName());
    private static final Path PHOTOS = Paths.get("/srv/salon/photos");
    private final DirContext ldap;
    private final MongoCollection<Document> appointments;

    SalonPortalController(DirContext ldap, MongoCollection<Document> appointments) {
        this.ldap = ldap;
        this.appointments = appointments;
    }

    private static String escapeLdap(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\': sb.append("\\5c"); break;
                case '*': sb.append("\\2a"); break;
                case '(': sb.append("\\28"); break;
                case ')': sb.append("\\29"); break;
                case '\0': sb.append("\\00"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    @GetMapping("/stylists")
    public List<String> stylists(@RequestParam String salon, @RequestParam String speciality) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        String filter = "(&(ou=" + salon + ")(speciality=" + speciality + "))";
        // ruleid: java-ldap-injection
        NamingEnumeration<SearchResult> res = ldap.search("dc=groomers,dc=com", filter, sc);
        // ok: java-ldap-injection
        NamingEnumeration<SearchResult> safe = ldap.search("dc=groomers,dc=com", "(&(ou={0})(speciality={1}))",
                new Object[] { salon, speciality }, sc);
        List<String> names = new ArrayList<>();
        while (res.hasMore()) names.add(res.next().getNameInNamespace());
        while (safe.hasMore()) names.add(safe.next().getNameInNamespace());
        return names;
    }

    @GetMapping("/stylists/by-uid")
    public boolean stylistExists(@RequestParam String uid) throws Exception {
        // ok: java-ldap-injection
        return ldap.search("ou=staff,dc=groomers,dc=com", "(uid=" + escapeLdap(uid) + ")", new SearchControls()).hasMore();
    }

    @GetMapping("/appointments")
    public List<Document> appointments(@RequestParam String breed, @RequestParam String owner) {
        List<Document> out = new ArrayList<>();
        // ruleid: java-nosql-injection
        appointments.find(new Document("$where", "this.breed == '" + breed + "'")).into(out);
        // ok: java-nosql-injection
        appointments.find(Filters.eq("owner", owner)).into(out);
        return out;
    }

    @GetMapping("/photos")
    public ResponseEntity<byte[]> photo(@RequestParam String file) throws IOException {
        // ruleid: java-path-traversal
        byte[] data = Files.readAllBytes(Paths.get(PHOTOS.toString(), file));
        return ResponseEntity.ok(data);
    }

    @GetMapping("/photos/thumb")
    public ResponseEntity<byte[]> thumb(@RequestParam String file) throws IOException {
        String base = Paths.get(file).getFileName().toString();
        // ok: java-path-traversal
        byte[] data = Files.readAllBytes(PHOTOS.resolve("thumbs").resolve(base));
        return ResponseEntity.ok(data);
    }

    @PostMapping("/pricing/preview")
    public Object pricing(@RequestParam String rule, @RequestParam double coatLength) throws Exception {
        ScriptEngine js = new ScriptEngineManager().getEngineByName("javascript");
        js.put("coat", coatLength);
        // ruleid: java-code-injection
        return js.eval("var price = 25 + coat * 3; " + rule + "; price");
    }

    @PostMapping("/login")
    public ResponseEntity<String> login(HttpServletRequest request, @RequestParam String stylist) {
        // ruleid: java-log-injection
        LOG.info("portal login for stylist " + stylist);
        // ruleid: java-trust-boundary
        request.getSession().setAttribute("stylist", stylist);
        String sid = java.util.UUID.randomUUID().toString();
        // ruleid: java-cookie-missing-httponly, java-cookie-missing-secure
        ResponseCookie weak = ResponseCookie.from("SALON_SID", sid).path("/").build();
        // ok: java-cookie-missing-httponly, java-cookie-missing-secure
        ResponseCookie strong = ResponseCookie.from("SALON_SID2", sid).httpOnly(true).secure(true).sameSite("Strict").build();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, weak.toString())
                .header(HttpHeaders.SET_COOKIE, strong.toString())
                .body("welcome");
    }
}
