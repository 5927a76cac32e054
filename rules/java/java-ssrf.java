package com.example.proxy;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;

public class Fetcher {
    private final RestTemplate restTemplate = new RestTemplate();
    private static final Map<String, String> SERVICES = Map.of("weather", "https://api.weather.example/v1");

    InputStream fetch(@RequestParam String url) throws Exception {
        URL target = new URL(url);
        // ruleid: java-ssrf
        return target.openStream();
    }

    String status(@RequestParam String host) {
        // ruleid: java-ssrf
        return restTemplate.getForObject("http://" + host + "/status", String.class);
    }

    HttpRequest build(@RequestParam String url) {
        // ruleid: java-ssrf
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    String known(@RequestParam String service) {
        // ok: java-ssrf
        return restTemplate.getForObject(SERVICES.get("weather"), String.class);
    }

    // RestTemplate in a field named for what it does.
    private final RestTemplate http = new RestTemplate();

    String webhookTest(@RequestParam String callbackUrl) {
        // ruleid: java-ssrf
        return http.postForObject(URI.create(callbackUrl), Map.of("event", "test"), String.class);
    }

    String webhookFixed(@RequestParam String event) {
        // ok: java-ssrf
        return http.postForObject(URI.create("https://hooks.example.com/notify"), Map.of("event", event), String.class);
    }
}
