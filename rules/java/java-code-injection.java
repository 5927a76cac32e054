package com.example.calc;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.RequestParam;

public class Calculator {
    Object js(@RequestParam String expr) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        // ruleid: java-code-injection
        return engine.eval(expr);
    }

    Object spel(@RequestParam String expr) {
        ExpressionParser parser = new SpelExpressionParser();
        // ruleid: java-code-injection
        return parser.parseExpression(expr).getValue();
    }

    Object groovy(@RequestParam String script) {
        groovy.lang.GroovyShell shell = new groovy.lang.GroovyShell();
        // ruleid: java-code-injection
        return shell.evaluate(script);
    }

    Object allowListed(@RequestParam String op) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        if (!java.util.Set.of("1+1", "2*3").contains(op)) {
            throw new IllegalArgumentException();
        }
        // ok: java-code-injection
        return engine.eval("1+1");
    }

    Object constant() {
        ExpressionParser parser = new SpelExpressionParser();
        // ok: java-code-injection
        return parser.parseExpression("1 + 2").getValue();
    }
}
