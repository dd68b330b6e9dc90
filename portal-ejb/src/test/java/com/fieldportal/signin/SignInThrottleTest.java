package com.fieldportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who is refused before the password is looked at: 5 per client, 20 per login from strangers, 50 per address. */
class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, 20, 50);

    @Test
    void fiveFailuresFromOneClientRefuseThatClient() {
        assertThat(throttle.refuses(new long[] {4, 4, 4}, false)).isFalse();
        assertThat(throttle.refuses(new long[] {5, 5, 5}, false)).isTrue();
        assertThat(throttle.refuses(new long[] {5, 0, 0}, true)).as("a known browser has its own five").isTrue();
    }

    @Test
    void strangersFromManyAddressesAreSlowedDownButTheOwnersBrowserIsNot() {
        long[] attackOnLogin = {0, 20, 3};
        assertThat(throttle.refuses(attackOnLogin, false)).isTrue();
        assertThat(throttle.refuses(attackOnLogin, true)).isFalse();
    }

    @Test
    void oneAddressTryingManyLoginsIsRefused() {
        long[] spraying = {1, 1, 50};
        assertThat(throttle.refuses(spraying, false)).isTrue();
        assertThat(throttle.refuses(new long[] {1, 1, 49}, false)).isFalse();
    }
}
