package com.fieldportal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's network address. Behind a reverse proxy every request comes from the proxy: when the direct peer
 * is one of {@code portal.trusted-proxies} (addresses, comma-separated), the client is the last address of
 * X-Forwarded-For that is not a trusted proxy itself. Anyone else's X-Forwarded-For is ignored: it is the
 * client's to forge.
 */
@ApplicationScoped
public class ClientAddress {

    private static final int MAX_LENGTH = 64;

    // Optional<String>, not a list: Payara's MicroProfile Config cannot inject Optional<List<String>>
    @Inject
    @ConfigProperty(name = "portal.trusted-proxies")
    Optional<String> trustedProxies;

    private List<String> trusted;

    @PostConstruct
    void parse() {
        trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** All X-Forwarded-For lines, in order: a proxy may add its own line after the one the client sent. */
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), String.join(",", Collections.list(request.getHeaders("X-Forwarded-For"))), trusted);
    }

    static String of(String peer, String forwardedFor, List<String> trusted) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            client = hops[i].strip();
            if (!trusted.contains(client)) {
                break;
            }
        }
        return client.isEmpty() || client.length() > MAX_LENGTH ? peer : client;
    }
}
