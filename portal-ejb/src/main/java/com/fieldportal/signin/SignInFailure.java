package com.fieldportal.signin;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One wrong password (or a sign-in to an unknown address), from one client: a known browser or an address
 * (see {@link Client}). What {@link SignInThrottle} counts. Kept a day.
 */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(name = "SignInFailure.counts", query = """
        SELECT SUM(CASE WHEN f.login = :login AND f.clientKind = :kind AND f.client = :client THEN 1 ELSE 0 END),
               SUM(CASE WHEN f.login = :login AND f.clientKind = :address THEN 1 ELSE 0 END),
               SUM(CASE WHEN f.ipAddress = :ip AND f.clientKind = :address THEN 1 ELSE 0 END)
        FROM SignInFailure f WHERE f.failedAt > :since AND (f.login = :login OR f.ipAddress = :ip)""")
@NamedQuery(name = "SignInFailure.forgetClient", query = "DELETE FROM SignInFailure f WHERE f.login = :login AND f.clientKind = :kind AND f.client = :client")
@NamedQuery(name = "SignInFailure.forgetLogin", query = "DELETE FROM SignInFailure f WHERE f.login = :login")
@NamedQuery(name = "SignInFailure.purge", query = "DELETE FROM SignInFailure f WHERE f.failedAt < :before")
@NamedQuery(name = "SignInFailure.recentByLogin", query = """
        SELECT f.login, COUNT(f) FROM SignInFailure f WHERE f.login IN :logins AND f.failedAt > :since GROUP BY f.login""")
public class SignInFailure extends BaseEntity {

    private String login;
    @Column(name = "client_kind")
    private String clientKind;
    private String client;
    @Column(name = "ip_address")
    private String ipAddress;
    @Column(name = "failed_at")
    private Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String login, Client client, Instant failedAt) {
        this.login = login;
        this.clientKind = client.kind();
        this.client = client.id();
        this.ipAddress = client.ipAddress();
        this.failedAt = failedAt;
    }
}
