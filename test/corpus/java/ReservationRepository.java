package com.example.hotel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Hotel reservations. Called from ReservationController with request parameters passed straight
 * through (guest name, room type, sort column, date range, free-text filters from the front desk UI).
 */
@Repository
public class ReservationRepository {
    private static final Map<String, String> SORTS = Map.of(
            "arrival", "arrival_date", "guest", "guest_name", "nights", "nights");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    @PersistenceContext
    private EntityManager em;

    public ReservationRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public List<Map<String, Object>> byGuest(String guestName) {
        // ruleid: java-sql-injection
        return jdbc.queryForList("SELECT * FROM reservations WHERE guest_name = '" + guestName + "'");
    }

    public List<Map<String, Object>> byGuestSafe(String guestName) {
        // ok: java-sql-injection
        return jdbc.queryForList("SELECT * FROM reservations WHERE guest_name = ?", guestName);
    }

    public List<Map<String, Object>> arrivals(LocalDate from, LocalDate to, String sort) {
        String column = SORTS.getOrDefault(sort, "arrival_date");
        String sql = "SELECT * FROM reservations WHERE arrival_date BETWEEN :from AND :to ORDER BY " + column;
        // ok: java-sql-injection
        return named.queryForList(sql, new MapSqlParameterSource().addValue("from", from).addValue("to", to));
    }

    public List<Map<String, Object>> arrivalsSortedBy(String sort) {
        // ruleid: java-sql-injection
        return jdbc.queryForList(String.format("SELECT * FROM reservations ORDER BY %s", sort));
    }

    public int countByRoomType(String roomType) {
        // ok: java-sql-injection
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM reservations WHERE room_type = ?", Integer.class, roomType);
        return n == null ? 0 : n;
    }

    public List<Reservation> search(String filter) {
        // ruleid: java-sql-injection
        TypedQuery<Reservation> q = em.createQuery("SELECT r FROM Reservation r WHERE r.notes LIKE '%" + filter + "%'", Reservation.class);
        return q.getResultList();
    }

    public List<Reservation> searchSafe(String filter) {
        // ok: java-sql-injection
        TypedQuery<Reservation> q = em.createQuery("SELECT r FROM Reservation r WHERE r.notes LIKE :f", Reservation.class);
        return q.setParameter("f", "%" + filter + "%").getResultList();
    }

    public void cancel(long id, String reason) {
        // ok: java-sql-injection
        jdbc.update("UPDATE reservations SET status = 'CANCELLED', cancel_reason = ? WHERE id = ?", reason, id);
    }

    public void markNoShow(String reference) {
        StringBuilder sql = new StringBuilder("UPDATE reservations SET status = 'NO_SHOW' WHERE reference = '");
        sql.append(reference).append("'");
        // ruleid: java-sql-injection
        jdbc.update(sql.toString());
    }

    public int purgeOlderThan(int days) {
        // ok: java-sql-injection
        return jdbc.update("DELETE FROM reservations WHERE departure_date < CURRENT_DATE - " + days);
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> occupancy(String roomType) {
        // ok: java-sql-injection
        return em.createNativeQuery("SELECT arrival_date, COUNT(*) FROM reservations WHERE room_type = ?1 GROUP BY arrival_date")
                .setParameter(1, roomType).getResultList();
    }
}
