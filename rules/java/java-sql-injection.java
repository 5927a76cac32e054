import java.sql.*;
import java.util.*;
import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;

public class AccountDao {
    private static final Set<String> ALLOWED_SORT = Set.of("name", "created");
    private Connection conn;

    public void byServlet(HttpServletRequest request) throws SQLException {
        String id = request.getParameter("id");
        Statement stmt = conn.createStatement();
        // ruleid: java-sql-injection
        stmt.executeQuery("SELECT * FROM accounts WHERE id = '" + id + "'");
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM accounts WHERE id = ?");
        ps.setString(1, id);
        // ok: java-sql-injection
        ps.executeQuery();
        int n = Integer.parseInt(request.getParameter("n"));
        // ok: java-sql-injection
        stmt.executeQuery("SELECT * FROM accounts LIMIT " + n);
        StringBuilder sb = new StringBuilder("SELECT * FROM accounts WHERE owner = '");
        sb.append(request.getParameter("owner")).append("'");
        // ruleid: java-sql-injection
        stmt.executeQuery(sb.toString());
        String fmt = String.format("DELETE FROM accounts WHERE id = '%s'", id);
        // ruleid: java-sql-injection
        stmt.executeUpdate(fmt);
    }

    @GetMapping("/accounts")
    public List<String> bySpring(@RequestParam("sort") String sort, @RequestParam("q") String q) throws SQLException {
        Statement stmt = conn.createStatement();
        if (!ALLOWED_SORT.contains(sort)) {
            throw new IllegalArgumentException("bad sort");
        }
        // ok: java-sql-injection
        stmt.executeQuery("SELECT * FROM accounts ORDER BY " + sort);
        String query = q;
        query = "SELECT * FROM accounts";
        // ok: java-sql-injection
        stmt.executeQuery(query);
        Map<String, String> parts = new HashMap<>();
        parts.put("table", "accounts");
        parts.put("filter", q);
        // ok: java-sql-injection
        stmt.executeQuery("SELECT * FROM " + parts.get("table"));
        // ruleid: java-sql-injection
        stmt.executeQuery("SELECT * FROM accounts WHERE name = '" + parts.get("filter") + "'");
        String chosen = q.isEmpty() ? "SELECT 1" : "SELECT * FROM t WHERE x = '" + q + "'";
        // ruleid: java-sql-injection
        stmt.executeQuery(chosen);
        if (false) {
            // ok: java-sql-injection
            stmt.executeQuery("SELECT " + q);
        }
        // ruleid: java-sql-injection
        stmt.executeQuery(where(q.trim()));
        // ok: java-sql-injection
        stmt.executeQuery(where("constant"));
        return List.of();
    }

    private String where(String value) {
        return "SELECT * FROM accounts WHERE name = '" + value + "'";
    }

    // A stream callback gets each element.
    void archive(HttpServletRequest request, Connection conn) {
        Arrays.stream(request.getParameterValues("id")).forEach(id -> {
            try (Statement st = conn.createStatement()) {
                // ruleid: java-sql-injection
                st.executeUpdate("UPDATE accounts SET archived = true WHERE id = " + id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List.of("1", "2").forEach(id -> {
            try (Statement st = conn.createStatement()) {
                // ok: java-sql-injection
                st.executeUpdate("UPDATE accounts SET archived = true WHERE id = " + id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
