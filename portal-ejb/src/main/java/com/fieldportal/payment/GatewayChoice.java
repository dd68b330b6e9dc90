package com.fieldportal.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment processor in use: the adapter named by {@code portal.payment.gateway} (default {@code sandbox}).
 * A real processor is plugged in as an EJB implementing {@link PaymentGateway} with {@code @Adapter("its-name")}.
 */
@ApplicationScoped
public class GatewayChoice {

    public static final String SANDBOX = "sandbox";

    @Inject
    @ConfigProperty(name = "portal.payment.gateway", defaultValue = SANDBOX)
    String name;

    @Inject
    @Any
    Instance<PaymentGateway> adapters;

    @Produces
    PaymentGateway gateway() {
        Instance<PaymentGateway> chosen = adapters.select(new Adapter.Literal(name));
        if (!chosen.isResolvable()) {
            throw new IllegalStateException("portal.payment.gateway=" + name + " names no payment gateway adapter of this portal");
        }
        return chosen.get();
    }

    public boolean isSandbox() {
        return SANDBOX.equals(name);
    }
}
