package com.example.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Invoice lookups for the customer portal (plain JDBC plus a JPA report query). */
public class InvoiceRepository {
    private static final Logger log = LoggerFactory.getLogger(InvoiceRepository.class);
    private static final Map<String, String> SORT_COLUMNS = Map.of("date", "issued_at", "amount", "total_cents");
    private Connection db;
    private EntityManager em;

    public List<String> search(HttpServletRequest request) throws Exception {
        String customer = request.getParameter("customer");
        String sort = request.getParameter("sort");
        String column = SORT_COLUMNS.getOrDefault(sort, "issued_at");
        List<String> ids = new ArrayList<>();
        // ok: java-sql-injection
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM invoices WHERE customer = ? ORDER BY " + column)) {
            ps.setString(1, customer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
        }
        // ruleid: java-sql-injection
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM invoices WHERE customer = ? ORDER BY " + sort)) {
            ps.setString(1, customer);
            ps.executeQuery();
        }
        return ids;
    }

    public int markPaid(HttpServletRequest request) throws Exception {
        UUID invoice = UUID.fromString(request.getParameter("invoice"));
        String note = request.getParameter("note");
        try (Statement st = db.createStatement()) {
            // ok: java-sql-injection
            st.executeUpdate("UPDATE invoices SET paid = true WHERE id = '" + invoice + "'");
            // ruleid: java-sql-injection
            return st.executeUpdate("UPDATE invoices SET note = '" + note + "' WHERE id = '" + invoice + "'");
        }
    }

    public List<?> report(HttpServletRequest request) {
        String region = request.getParameter("region");
        // ruleid: java-sql-injection
        List<?> rows = em.createQuery("SELECT i FROM Invoice i WHERE i.region = '" + region + "'").getResultList();
        // ok: java-sql-injection
        List<?> safe = em.createQuery("SELECT i FROM Invoice i WHERE i.region = :region").setParameter("region", region).getResultList();
        rows.addAll((List) safe);
        return rows;
    }

    public void download(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String id = request.getParameter("id");
        // ruleid: java-log-injection
        log.warn("invoice download failed for id=" + id);
        // ok: java-log-injection
        log.warn("invoice download failed for id={}", UUID.fromString(id));
        // ruleid: java-xss
        response.getWriter().write("Invoice " + id + " not found");
        // ok: java-xss
        response.getWriter().write("Invoice not found");
    }
}
