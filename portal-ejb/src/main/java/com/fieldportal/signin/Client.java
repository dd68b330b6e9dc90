package com.fieldportal.signin;

/**
 * Where a sign-in comes from: a browser this login has signed in from before (it shows its device token), or
 * else just a network address.
 *
 * @param kind DEVICE for a known browser (then {@code id} is its KnownDevice id), ADDRESS otherwise ({@code id} is the address)
 */
public record Client(String kind, String id, String ipAddress) {

    static final String DEVICE = "DEVICE";
    static final String ADDRESS = "ADDRESS";

    static Client knownDevice(long deviceId, String ipAddress) {
        return new Client(DEVICE, String.valueOf(deviceId), String.valueOf(ipAddress));
    }

    static Client address(String ipAddress) {
        return new Client(ADDRESS, String.valueOf(ipAddress), String.valueOf(ipAddress));
    }

    boolean trusted() {
        return DEVICE.equals(kind);
    }

    /** How the audit log names it. */
    String describe() {
        return kind.toLowerCase() + " " + id;
    }
}
