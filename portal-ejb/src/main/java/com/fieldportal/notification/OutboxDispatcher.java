package com.fieldportal.notification;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends what the outbox holds, every {@code portal.mail.poll-seconds}. While SMTP is down mails wait
 * with growing pauses (see {@link OutboxMail}); none is lost. The timer is not persistent: it is made
 * again at each start, and a singleton never runs two sends at once.
 */
@DenyAll
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OutboxDispatcher {

    private static final int BATCH_SIZE = 50;

    @Resource
    TimerService timerService;

    @Inject
    MailSettings settings;

    @EJB
    MailDelivery delivery;

    @PostConstruct
    void startTimer() {
        long interval = settings.pollSeconds() * 1000L;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("outbox-dispatcher", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDueMails() {
        for (long id : delivery.dueIds(BATCH_SIZE)) {
            delivery.deliver(id);
        }
    }
}
