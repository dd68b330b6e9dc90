package com.fieldportal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves the portal, from MicroProfile Config (README, "Settings"). With transport
 * "dev-outbox" nothing is sent: mails are kept for the loopback-only dev outbox page.
 */
@ApplicationScoped
public class MailSettings {

    static final String DEV_OUTBOX = "dev-outbox";

    @Inject
    @ConfigProperty(name = "portal.mail.transport", defaultValue = "smtp")
    String transport;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Customer Portal <portal@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.poll-seconds", defaultValue = "15")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    // Callers go through a CDI proxy: they must use these methods, never the fields.

    public boolean isDevOutbox() {
        return DEV_OUTBOX.equals(transport);
    }

    public String from() {
        return from;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username;
    }

    public Optional<String> password() {
        return password;
    }

    public boolean startTls() {
        return startTls;
    }

    public int pollSeconds() {
        return pollSeconds;
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
