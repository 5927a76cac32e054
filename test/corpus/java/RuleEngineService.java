package com.example.rules;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.bson.Document;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Pricing rules that marketing edits in the admin UI, plus the product search API. */
@RestController
public class RuleEngineService {
    // ruleid: java-redos
    private static final Pattern COUPON = Pattern.compile("^([A-Z0-9]+)*-[0-9]{2}$");
    // ok: java-redos
    private static final Pattern SKU = Pattern.compile("^[A-Z]{3}-[0-9]{4,8}$");
    private final ScriptEngine js = new ScriptEngineManager().getEngineByName("javascript");
    private final ExpressionParser spel = new SpelExpressionParser();
    private MongoCollection<Document> products;
    private Configuration freemarker;

    @PostMapping("/pricing/preview")
    public Object preview(@RequestParam String formula) throws Exception {
        // ruleid: java-code-injection
        return js.eval(formula);
    }

    @PostMapping("/pricing/discount")
    public Object discount(@RequestParam String expr) {
        // ruleid: java-code-injection
        Object v = spel.parseExpression(expr).getValue();
        // ok: java-code-injection
        Object fixed = spel.parseExpression("price * 0.9").getValue();
        return v + "/" + fixed;
    }

    @GetMapping("/products/search")
    public Object search(@RequestParam String name, @RequestParam String pattern) {
        // ruleid: java-nosql-injection
        products.find(new Document("$where", "this.name == '" + name + "'"));
        // ok: java-nosql-injection
        products.find(Filters.eq("name", name));
        // ruleid: java-regex-injection
        boolean m = name.matches(pattern);
        // ok: java-regex-injection
        boolean q = name.matches(Pattern.quote(pattern) + ".*");
        // ok: java-regex-injection
        boolean sku = SKU.matcher(name).matches();
        return m || q || sku;
    }

    @PostMapping("/mail/preview")
    public String mailPreview(@RequestBody String body, @RequestParam String customer) throws Exception {
        // ruleid: java-template-injection
        Template t = new Template("preview", new StringReader(body), freemarker);
        StringWriter out = new StringWriter();
        t.process(Map.of("customer", customer), out);
        // ok: java-template-injection
        Template fixed = freemarker.getTemplate("welcome.ftl");
        fixed.process(Map.of("customer", customer), out);
        return out.toString();
    }

    // ruleid: java-cors-credentials-any-origin
    @CrossOrigin(origins = "*", allowCredentials = "true")
    @GetMapping("/products/featured")
    public String featured() {
        return "[]";
    }

    // ok: java-cors-credentials-any-origin
    @CrossOrigin(origins = "https://shop.example.com", allowCredentials = "true")
    @GetMapping("/products/cart")
    public String cart() {
        return "[]";
    }

    static class Cors implements WebMvcConfigurer {
        @Override
        public void addCorsMappings(CorsRegistry registry) {
            // ruleid: java-cors-credentials-any-origin
            registry.addMapping("/api/**").allowedOriginPatterns("*").allowCredentials(true);
            // ok: java-cors-credentials-any-origin
            registry.addMapping("/public/**").allowedOrigins("*");
        }
    }
}
