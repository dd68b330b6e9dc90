package com.fieldportal.web.api;

import com.fieldportal.backoffice.ApiCaller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each key's requests per minute, as a token bucket: a key may send its whole minute's worth at once, then one
 * more as each 1/rate of a minute passes. Counted per server (a cluster allows its size times as many).
 */
@ApplicationScoped
public class RateLimits {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 if the call may go on, else the seconds to wait before the next one */
    public long take(ApiCaller caller) {
        return buckets.computeIfAbsent(caller.keyId(), id -> new Bucket()).take(caller.requestsPerMinute(), System.nanoTime());
    }

    private static final class Bucket {

        private double tokens = -1;
        private long lastNanos;

        synchronized long take(int perMinute, long now) {
            if (tokens < 0) {
                tokens = perMinute;
            } else {
                tokens = Math.min(perMinute, tokens + (now - lastNanos) * (double) perMinute / MINUTE_NANOS);
            }
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosToWait = (1 - tokens) * MINUTE_NANOS / perMinute;
            return Math.max(1, (long) Math.ceil(nanosToWait / 1e9));
        }
    }
}
