package com.example.web;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.web.bind.annotation.RequestParam;

public class Preview {
    String velocity(@RequestParam String text) {
        StringWriter out = new StringWriter();
        // ruleid: java-template-injection
        Velocity.evaluate(new VelocityContext(), out, "preview", text);
        return out.toString();
    }

    Template freemarker(@RequestParam String text, Configuration cfg) throws Exception {
        // ruleid: java-template-injection
        return new Template("preview", new StringReader(text), cfg);
    }

    String safe(@RequestParam String name) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("name", name);
        StringWriter out = new StringWriter();
        // ok: java-template-injection
        Velocity.evaluate(ctx, out, "greeting", "Hello $name");
        return out.toString();
    }
}
