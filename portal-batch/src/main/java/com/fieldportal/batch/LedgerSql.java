package com.fieldportal.batch;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The balance rule of DESIGN.md in SQL, for the set-based steps: balance = total - (principal - refunded) of
 * succeeded or refunded payments - applied credits, never below zero; DUE while above zero. Plain SQL that PostgreSQL
 * and H2 both run. The same rule in Java is {@code Invoice.computedBalance}.
 */
final class LedgerSql {

    private LedgerSql() {
    }

    /**
     * id, stored balance, stored status and computed balance of the invoices whose stored values break the rule: of
     * all invoices ({@code ids} 0), or of {@code ids} given invoices (bind them three times, see {@link #bind}).
     */
    static String invoiceDrifts(int ids) {
        return """
                SELECT t.id, t.balance, t.status, t.computed FROM (
                  SELECT i.id, i.balance, i.status,
                         GREATEST(i.total - COALESCE(p.paid, 0) - COALESCE(c.applied, 0), 0) AS computed
                  FROM invoice i
                  LEFT JOIN (SELECT invoice_id, SUM(principal - refunded) AS paid FROM payment
                             WHERE status IN ('SUCCEEDED', 'REFUNDED') %1$s GROUP BY invoice_id) p ON p.invoice_id = i.id
                  LEFT JOIN (SELECT invoice_id, SUM(amount) AS applied FROM credit_application
                             WHERE 1 = 1 %1$s GROUP BY invoice_id) c ON c.invoice_id = i.id
                  WHERE 1 = 1 %2$s
                ) t
                WHERE t.balance <> t.computed OR t.status <> CASE WHEN t.computed > 0 THEN 'DUE' ELSE 'PAID' END
                ORDER BY t.id""".formatted(in("invoice_id", ids), in("i.id", ids));
    }

    /**
     * id, stored remaining and computed remaining (negative when over-applied) of the credits whose remaining is
     * off: of all credits, or of {@code ids} given ones (bind them twice).
     */
    static String creditDrifts(int ids) {
        return """
                SELECT t.id, t.remaining, t.computed FROM (
                  SELECT cr.id, cr.remaining, cr.amount - COALESCE(a.applied, 0) AS computed
                  FROM credit cr
                  LEFT JOIN (SELECT credit_id, SUM(amount) AS applied FROM credit_application WHERE 1 = 1 %1$s
                             GROUP BY credit_id) a ON a.credit_id = cr.id
                  WHERE 1 = 1 %2$s
                ) t
                WHERE t.remaining <> t.computed
                ORDER BY t.id""".formatted(in("credit_id", ids), in("cr.id", ids));
    }

    /** Locks the given rows, in id order so that two lockers never deadlock. */
    static String lockRows(String table, int ids) {
        return "SELECT id FROM " + table + " WHERE 1 = 1 " + in("id", ids) + " ORDER BY id FOR UPDATE";
    }

    /** Binds {@code ids} {@code times} times over, from parameter 1. */
    static void bind(PreparedStatement statement, List<Long> ids, int times) throws SQLException {
        int index = 1;
        for (int time = 0; time < times; time++) {
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
        }
    }

    private static String in(String column, int ids) {
        return ids == 0 ? "" : "AND " + column + " IN (" + String.join(", ", Collections.nCopies(ids, "?")) + ")";
    }
}
