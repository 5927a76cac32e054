package net.compostcoop.routes;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import freemarker.template.Configuration;
import freemarker.template.Template;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;

// Compost co-op pickup routes: JAX-RS resource over JPA, with route optimiser and map tile proxy.
@Path("/routes")
class PickupRouteResource {
    // ruleid: java-redos
    private static final Pattern STREET = Pattern.compile("^([A-Za-z]+ ?)+(Street|Road)$");
    // ok: java-redos
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$");
    private static final Map<String, String> TILE_SERVERS = Map.of(
            "osm", "https://tile.openstreetmap.org/",
            "topo", "https://tiles.compostcoop.net/topo/");

    @PersistenceContext
    private EntityManager em;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Configuration fm = new Configuration(Configuration.VERSION_2_3_32);

    @GET
    @Path("/stops")
    public List<?> stops(@QueryParam("ward") String ward, @QueryParam("day") String day) {
        String jpql = "SELECT s FROM Stop s WHERE s.ward = '" + ward + "'";
        // ruleid: java-sql-injection
        List<?> byWard = em.createQuery(jpql).getResultList();
        // ok: java-sql-injection
        List<?> byDay = em.createQuery("SELECT s FROM Stop s WHERE s.day = :day").setParameter("day", day).getResultList();
        byWard.addAll((List) byDay);
        return byWard;
    }

    @GET
    @Path("/stops/native")
    public List<?> nativeStops(@QueryParam("postcode") String postcode) {
        if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
            return List.of();
        }
        // ok: java-sql-injection
        return em.createNativeQuery("SELECT * FROM stops WHERE postcode = '" + postcode + "'").getResultList();
    }

    @GET
    @Path("/streets")
    public Response streets(@QueryParam("q") String q, @QueryParam("name") String name) {
        // ruleid: java-regex-injection
        Pattern p = Pattern.compile(".*" + q + ".*", Pattern.CASE_INSENSITIVE);
        // ok: java-regex-injection
        Pattern lit = Pattern.compile(Pattern.quote(name));
        boolean valid = name != null && STREET.matcher(name).matches();
        return Response.ok(Map.of("re", p.pattern(), "lit", lit.pattern(), "valid", valid)).build();
    }

    @POST
    @Path("/{id}/optimise")
    public Response optimise(@PathParam("id") String routeId, @QueryParam("strategy") String strategy) throws Exception {
        // ruleid: java-command-injection
        Process proc = new ProcessBuilder("sh", "-c", "route-opt --route " + routeId + " --strategy " + strategy).start();
        long id = Long.parseLong(routeId);
        // ok: java-command-injection
        Process safe = new ProcessBuilder("route-opt", "--route", Long.toString(id), "--strategy", "greedy").start();
        return Response.ok(Map.of("exit", proc.waitFor(), "safe", safe.waitFor())).build();
    }

    @GET
    @Path("/tiles/{layer}/{z}/{x}/{y}")
    public Response tile(@PathParam("layer") String layer, @PathParam("z") int z, @PathParam("x") int x,
                         @PathParam("y") int y, @QueryParam("custom") String custom) throws Exception {
        String base = TILE_SERVERS.getOrDefault(layer, TILE_SERVERS.get("osm"));
        // ok: java-ssrf
        HttpRequest std = HttpRequest.newBuilder(URI.create(base + z + "/" + x + "/" + y + ".png")).build();
        HttpResponse<byte[]> r = http.send(std, HttpResponse.BodyHandlers.ofByteArray());
        if (custom != null) {
            // ruleid: java-ssrf
            HttpRequest alt = HttpRequest.newBuilder(URI.create(custom)).build();
            r = http.send(alt, HttpResponse.BodyHandlers.ofByteArray());
        }
        return Response.ok(r.body(), "image/png").build();
    }

    @POST
    @Path("/notice")
    public String notice(@QueryParam("layout") String layout, @QueryParam("ward") String ward) throws Exception {
        // ruleid: java-template-injection
        Template custom = new Template("notice", new StringReader(layout), fm);
        // ok: java-template-injection
        Template std = new Template("std", new StringReader("<p>Pickup for ward ${ward}</p>"), fm);
        StringWriter out = new StringWriter();
        (ward == null ? std : custom).process(Map.of("ward", String.valueOf(ward)), out);
        return out.toString();
    }

    @GET
    @Path("/capacity")
    public Object capacity(@QueryParam("formula") String formula) {
        ExpressionParser parser = new SpelExpressionParser();
        // ruleid: java-code-injection
        Object dynamic = parser.parseExpression(formula).getValue();
        // ok: java-code-injection
        Object fixed = parser.parseExpression("120 * 0.85").getValue();
        return Map.of("dynamic", dynamic, "fixed", fixed);
    }
}
