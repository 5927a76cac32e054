package com.gavelworks.auctions.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Online auction house: lot search, bidder directory, reserve-price rules, catalogue blurbs. */
@RestController
// ruleid: java-cors-credentials-any-origin
@CrossOrigin(originPatterns = "*", allowCredentials = "true")
class AuctionHouseController {
    private final MongoTemplate mongo;
    private final DirContext ldap;
    private final SpelExpressionParser spel = new SpelExpressionParser();

    AuctionHouseController(MongoTemplate mongo, DirContext ldap) {
        this.mongo = mongo;
        this.ldap = ldap;
    }

    @GetMapping("/lots")
    List<Document> lots(@RequestParam String category, @RequestParam String maker) {
        // ok: java-nosql-injection
        List<Document> found = mongo.find(Query.query(Criteria.where("category").is(category)), Document.class, "lots");
        // ruleid: java-nosql-injection
        found.addAll(mongo.find(new BasicQuery("{ maker: '" + maker + "', sold: false }"), Document.class, "lots"));
        return found;
    }

    @GetMapping("/bidders")
    int bidders(@RequestParam String paddle, @RequestParam String surname) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        // ruleid: java-ldap-injection
        int n = countAll(ldap.search("ou=bidders,dc=gavelworks,dc=example", "(paddle=" + paddle + ")", sc));
        // ok: java-ldap-injection
        n += countAll(ldap.search("ou=bidders,dc=gavelworks,dc=example", "(sn=" + LdapEncoder.filterEncode(surname) + ")", sc));
        // ok: java-ldap-injection
        n += countAll(ldap.search("ou=bidders,dc=gavelworks,dc=example", "(sn={0})", new Object[] { surname }, sc));
        return n;
    }

    @PostMapping("/reserve/check")
    boolean reserveMet(@RequestParam String rule, @RequestBody Map<String, Object> lot) {
        // ruleid: java-code-injection
        Expression e = spel.parseExpression(rule);
        return Boolean.TRUE.equals(e.getValue(new StandardEvaluationContext(lot), Boolean.class));
    }

    @PostMapping("/reserve/default")
    boolean defaultReserve(@RequestBody Map<String, Object> lot) {
        // ok: java-code-injection
        Expression e = spel.parseExpression("['highBid'] >= ['reserve']");
        return Boolean.TRUE.equals(e.getValue(SimpleEvaluationContext.forReadOnlyDataBinding().build(), lot, Boolean.class));
    }

    @PostMapping("/catalogue/blurb")
    String blurb(@RequestParam String intro, @RequestParam String lotTitle) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("title", lotTitle);
        StringWriter out = new StringWriter();
        // ruleid: java-template-injection
        Velocity.evaluate(ctx, out, "blurb", intro + " $title");
        StringWriter safe = new StringWriter();
        // ok: java-template-injection
        Velocity.evaluate(ctx, safe, "blurb", "Lot: $title");
        return out + "\n" + safe;
    }

    private static int countAll(javax.naming.NamingEnumeration<?> results) throws Exception {
        int n = 0;
        while (results.hasMore()) {
            results.next();
            n++;
        }
        return n;
    }
}
