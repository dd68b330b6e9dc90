package com.fieldportal.schema;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before anything else runs, with the versioned scripts in
 * db/migration. A failed migration fails the deployment: the portal never runs on a schema it does
 * not know.
 */
@PermitAll
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " (" + applied + " migrations applied now)");
        done = true;
    }

    /** Ready once the schema is migrated and the database answers. */
    public boolean isReady() {
        if (!done) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.warning(() -> "The database does not answer: " + e.getMessage());
            return false;
        }
    }
}
