package com.fieldportal.security;

import com.fieldportal.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Security's PBKDF2 with the parameters OWASP recommends for HMAC-SHA512. The stored hash names
 * its own algorithm and iterations, so older hashes keep verifying when these change.
 * <p>
 * A hash costs a core about a tenth of a second, so a flood of sign-ins could take every core and every
 * request thread. Only {@code portal.signin.parallel-hashes} hashes run at once (default: half the
 * cores), a few more wait their turn, and the rest are turned away at once with "busy": pages, and the
 * readiness check, keep their threads and their cores. Never call this inside a transaction.
 */
@ApplicationScoped
public class PasswordHashing {

    /** Callers waiting for a turn, per hash running, before "busy". */
    private static final int WAITING_PER_PERMIT = 2;
    private static final long LONGEST_WAIT_SECONDS = 5;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "portal.signin.parallel-hashes", defaultValue = "0")
    int parallelHashes;

    private Semaphore turns;
    private int mostWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    /** Compared against when the login does not exist, so that a wrong e-mail takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        int permits = parallelHashes > 0 ? parallelHashes : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        turns = new Semaphore(permits, true);
        mostWaiting = permits * (1 + WAITING_PER_PERMIT);
        decoy = pbkdf2.generate("decoy password".toCharArray());
    }

    public String hash(String password) {
        acquire();
        try {
            return pbkdf2.generate(password.toCharArray());
        } finally {
            turns.release();
        }
    }

    /** @param hash the stored hash, or null for a login that does not exist (checked against a decoy, and false) */
    public boolean matches(String password, String hash) {
        acquire();
        try {
            return pbkdf2.verify(password.toCharArray(), hash == null ? decoy : hash) && hash != null;
        } finally {
            turns.release();
        }
    }

    private void acquire() {
        if (waiting.incrementAndGet() > mostWaiting) {
            waiting.decrementAndGet();
            throw new Busy();
        }
        try {
            if (!turns.tryAcquire(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Too many passwords are being checked right now; nothing was checked. */
    public static class Busy extends BusinessException {

        public Busy() {
            super("The portal is very busy right now. Please try again in a minute.");
        }
    }
}
