package com.example.shop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class OrderController {
    private static final Set<String> SORTABLE = Set.of("id", "total");
    private final JdbcTemplate jdbc;
    private final Connection connection;

    public OrderController(JdbcTemplate jdbc, Connection connection) {
        this.jdbc = jdbc;
        this.connection = connection;
    }

    @GetMapping("/orders")
    public Object list(@RequestParam String customer, @RequestParam(defaultValue = "id") String sort) {
        if (!SORTABLE.contains(sort)) {
            throw new IllegalArgumentException("sort");
        }
        // ok: java-sql-injection
        jdbc.queryForList("SELECT * FROM orders ORDER BY " + sort);
        // ruleid: java-sql-injection
        return jdbc.queryForList("SELECT * FROM orders WHERE customer = '" + customer + "'");
    }

    @GetMapping("/orders/search")
    public Object search(@RequestParam("q") String q) {
        // ok: java-sql-injection
        return jdbc.queryForList("SELECT * FROM orders WHERE note LIKE ?", "%" + q + "%");
    }

    @PostMapping("/orders/{id}/status")
    public void status(@PathVariable("id") String id, @RequestBody String status) throws SQLException {
        StringBuilder sql = new StringBuilder();
        sql.append("UPDATE orders SET status = '").append(status.trim()).append("'");
        sql.append(" WHERE id = ").append(Long.parseLong(id));
        try (Statement st = connection.createStatement()) {
            // ruleid: java-sql-injection
            st.executeUpdate(sql.toString());
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE orders SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, Long.parseLong(id));
            // ok: java-sql-injection
            ps.executeUpdate();
        }
    }

    public ResultSet legacy(HttpServletRequest request) throws SQLException {
        String region = request.getParameter("region");
        String query = buildQuery(region);
        Statement st = connection.createStatement();
        // ruleid: java-sql-injection
        return st.executeQuery(query);
    }

    public ResultSet legacyCount(HttpServletRequest request) throws SQLException {
        int limit = Integer.parseInt(request.getParameter("limit"));
        Statement st = connection.createStatement();
        // ok: java-sql-injection
        return st.executeQuery("SELECT * FROM orders LIMIT " + limit);
    }

    private static String buildQuery(String region) {
        return "SELECT * FROM orders WHERE region = '" + region + "'";
    }
}
