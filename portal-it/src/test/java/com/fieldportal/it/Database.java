package com.fieldportal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The test server's PostgreSQL database, for what a test has to set up or look at behind the portal's back. */
public final class Database {

    private Database() {
    }

    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String queryString(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables of the portal's schema with a row whose text holds {@code text} anywhere (any column). */
    public static List<String> tablesContaining(String text) {
        List<String> found = new ArrayList<>();
        try (Connection connection = connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    tables.add(result.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM \"" + table + "\" t WHERE t::text LIKE ? LIMIT 1")) {
                    statement.setString(1, "%" + text + "%");
                    try (ResultSet result = statement.executeQuery()) {
                        if (result.next()) {
                            found.add(table);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("portal.db.url"), "postgres", "");
    }
}
