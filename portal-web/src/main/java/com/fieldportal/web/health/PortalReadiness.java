package com.fieldportal.web.health;

import com.fieldportal.schema.SchemaMigration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of Payara's /health/ready: the portal is ready once its schema is migrated and the database
 * answers. The run scripts wait on it, and so can a load balancer. (WildFly does not collect the checks of a WAR
 * inside an EAR, WFLY-12835; its own deployment check stands in, see the README.)
 */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {

    @EJB
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("portal-database").status(schema.isReady()).build();
    }
}
