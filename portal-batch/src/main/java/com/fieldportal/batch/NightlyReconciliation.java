package com.fieldportal.batch;

import com.fieldportal.reconciliation.ReconciliationJob;
import com.fieldportal.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the reconciliation every night at {@code portal.reconciliation.time} (server time, default 02:00; "off" for
 * none). Every server of a cluster has this timer; the database lock lets one of them run, the others are refused.
 */
@Singleton
@Startup
@PermitAll
public class NightlyReconciliation {

    private static final Logger LOG = Logger.getLogger(NightlyReconciliation.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ReconciliationJob job;

    @Inject
    @ConfigProperty(name = "portal.reconciliation.time", defaultValue = "02:00")
    String time;

    @PostConstruct
    void schedule() {
        if ("off".equalsIgnoreCase(time.trim())) {
            LOG.info("The nightly reconciliation is off (portal.reconciliation.time=off)");
            return;
        }
        LocalTime at = LocalTime.parse(time.trim());
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()),
                new TimerConfig("Nightly reconciliation", false));
    }

    @Timeout
    void runNightly() {
        try {
            job.start("schedule");
        } catch (BusinessException refused) {
            LOG.info("Nightly reconciliation not started: " + refused.getMessage());
        }
    }
}
