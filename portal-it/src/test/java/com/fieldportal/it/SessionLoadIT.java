package com.fieldportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many signed-in sessions of two contacts at once: every answer is a 200, and shows its own contact. With the
 * container's session reuse (@AutoApplySession on Payara 6) about one answer in twenty was a 403.
 */
@ExtendWith(ArquillianExtension.class)
class SessionLoadIT {

    private static final int SESSIONS_PER_CONTACT = 12;
    private static final int REQUESTS_PER_SESSION = 25;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.withFixtures();
    }

    @Test
    void manySessionsOfTwoContactsInParallelEachGetTheirOwnPageEveryTime() throws Exception {
        Properties first = Portal.newCustomer(true);
        Properties second = Portal.newCustomer(true);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS_PER_CONTACT; i++) {
            sessions.add(new Session(first, second));
            sessions.add(new Session(second, first));
        }
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> runs = sessions.stream().<Future<?>>map(session -> pool.submit(() -> {
                for (int i = 0; i < REQUESTS_PER_SESSION; i++) {
                    String path = i % 2 == 0 ? "/" : "/invoices.xhtml";
                    HttpResponse<String> page = session.web.get(path);
                    if (page.statusCode() != 200) {
                        wrong.add(session.name + " " + path + ": HTTP " + page.statusCode());
                    } else if (!page.body().contains(session.name) || page.body().contains(session.otherName)) {
                        wrong.add(session.name + " " + path + ": someone else's page");
                    }
                }
            })).toList();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wrong).as("answers out of %d", sessions.size() * REQUESTS_PER_SESSION).isEmpty();
    }

    private static final class Session {
        final WebClient web = new WebClient();
        final String name;
        final String otherName;

        Session(Properties contact, Properties other) {
            web.signIn(contact.getProperty("email"), contact.getProperty("password"));
            name = contact.getProperty("name");
            otherName = other.getProperty("name");
        }
    }
}
