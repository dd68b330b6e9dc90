package com.fieldportal.signin;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Sign-ins to one login take their turn for the short step that counts earlier failures and records the new
 * attempt, so that guesses sent at the same moment cannot all be counted before any of them is recorded.
 * (Within one server; across servers the window is that step's few milliseconds.)
 */
final class LoginLocks {

    private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new ReentrantLock();
        }
    }

    private LoginLocks() {
    }

    static <T> T inTurn(String login, Supplier<T> step) {
        ReentrantLock lock = STRIPES[Math.floorMod(login.hashCode(), STRIPES.length)];
        lock.lock();
        try {
            return step.get();
        } finally {
            lock.unlock();
        }
    }
}
