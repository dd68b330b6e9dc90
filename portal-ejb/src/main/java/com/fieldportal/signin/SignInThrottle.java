package com.fieldportal.signin;

/**
 * When sign-ins are refused without looking at the password, counting failures of the last
 * {@code portal.signin.window-minutes}:
 * <ul>
 * <li>{@code perClient} wrong passwords for one login from one client (a known browser, or else an address);</li>
 * <li>{@code perLogin} for one login from all clients that are not a known browser of it, so that an attack
 * from many addresses is slowed down too;</li>
 * <li>{@code perAddress} from one address that is not a known browser, across all logins (password spraying).</li>
 * </ul>
 * A known browser only ever answers for its own failures: nobody else can lock its owner out. And a password
 * reset clears the login's count, so the owner always has a way in.
 */
record SignInThrottle(int perClient, int perLogin, int perAddress) {

    /** @param counts failures in the window: this login from this client, this login untrusted, this address untrusted */
    boolean refuses(long[] counts, boolean trusted) {
        if (counts[0] >= perClient) {
            return true;
        }
        return !trusted && (counts[1] >= perLogin || counts[2] >= perAddress);
    }
}
