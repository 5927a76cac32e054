package com.example.search;

import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestParam;

public class Search {
    boolean find(@RequestParam String q, String text) {
        // ruleid: java-regex-injection
        return Pattern.compile(q).matcher(text).find();
    }

    boolean literal(@RequestParam String q, String text) {
        // ok: java-regex-injection
        return Pattern.compile(Pattern.quote(q)).matcher(text).find();
    }

    boolean fixed(@RequestParam String q) {
        // ok: java-regex-injection
        return q.matches("[a-z]+");
    }
}
