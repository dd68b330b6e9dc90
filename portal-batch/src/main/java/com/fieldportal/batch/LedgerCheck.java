package com.fieldportal.batch;

import com.fieldportal.reconciliation.FindingKind;
import com.fieldportal.reconciliation.Resolution;
import com.fieldportal.reconciliation.RunCounts;
import com.fieldportal.reconciliation.RunLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The set-based half of the reconciliation: one query finds every invoice and credit whose stored amount breaks the
 * rule, without taking locks; then each batch of them is fixed in a short transaction of its own that first locks its
 * rows (as a payment does) and computes them again, so a payment or credit committed meanwhile is counted and never
 * overwritten.
 */
@Stateless
@PermitAll
public class LedgerCheck {

    private static final int FETCH = 1000;

    @Resource(lookup = "jdbc/portal")
    DataSource data;

    @EJB
    RunLog log;

    /** Ids of the invoices whose balance or status breaks the rule, as the database stands now. */
    public List<Long> invoiceDrifts() {
        return ids(LedgerSql.invoiceDrifts(0));
    }

    /** Ids of the credits whose remaining amount is off. */
    public List<Long> creditDrifts() {
        return ids(LedgerSql.creditDrifts(0));
    }

    public long count(String table) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    /** Fixes the given invoices that still break the rule once locked; one finding each. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fixInvoices(long runId, List<Long> ids) {
        int fixed = 0;
        try (Connection connection = data.getConnection()) {
            lock(connection, "invoice", ids);
            try (PreparedStatement drifts = connection.prepareStatement(LedgerSql.invoiceDrifts(ids.size()));
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE invoice SET balance = ?, status = ?, version = version + 1 WHERE id = ?")) {
                LedgerSql.bind(drifts, ids, 3);
                try (ResultSet result = drifts.executeQuery()) {
                    while (result.next()) {
                        long id = result.getLong(1);
                        BigDecimal computed = result.getBigDecimal(4);
                        update.setBigDecimal(1, computed);
                        update.setString(2, computed.signum() > 0 ? "DUE" : "PAID");
                        update.setLong(3, id);
                        update.addBatch();
                        log.found(runId, FindingKind.INVOICE_BALANCE, "Invoice", id,
                                result.getBigDecimal(2).toPlainString() + " " + result.getString(3),
                                computed.toPlainString() + (computed.signum() > 0 ? " DUE" : " PAID"), Resolution.FIXED);
                        fixed++;
                    }
                }
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
        log.count(runId, RunCounts.invoices(0, fixed));
        log.heartbeat(runId);
    }

    /**
     * Fixes the remaining amount of the given credits, once locked; a credit applied beyond its amount is reported
     * and left as it is, for staff to untangle.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fixCredits(long runId, List<Long> ids) {
        int fixed = 0;
        int reported = 0;
        try (Connection connection = data.getConnection()) {
            lock(connection, "credit", ids);
            try (PreparedStatement drifts = connection.prepareStatement(LedgerSql.creditDrifts(ids.size()));
                 PreparedStatement update = connection.prepareStatement("UPDATE credit SET remaining = ?, version = version + 1 WHERE id = ?")) {
                LedgerSql.bind(drifts, ids, 2);
                try (ResultSet result = drifts.executeQuery()) {
                    while (result.next()) {
                        long id = result.getLong(1);
                        String stored = result.getBigDecimal(2).toPlainString();
                        BigDecimal computed = result.getBigDecimal(3);
                        if (computed.signum() < 0) {
                            log.found(runId, FindingKind.CREDIT_OVER_APPLIED, "Credit", id, stored, computed.toPlainString(), Resolution.REPORTED);
                            reported++;
                            continue;
                        }
                        update.setBigDecimal(1, computed);
                        update.setLong(2, id);
                        update.addBatch();
                        log.found(runId, FindingKind.CREDIT_REMAINING, "Credit", id, stored, computed.toPlainString(), Resolution.FIXED);
                        fixed++;
                    }
                }
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
        log.count(runId, RunCounts.credits(0, fixed, reported));
        log.heartbeat(runId);
    }

    private List<Long> ids(String sql) {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
        return ids;
    }

    private static void lock(Connection connection, String table, List<Long> ids) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LedgerSql.lockRows(table, ids.size()))) {
            LedgerSql.bind(lock, ids, 1);
            lock.executeQuery().close();
        }
    }
}
