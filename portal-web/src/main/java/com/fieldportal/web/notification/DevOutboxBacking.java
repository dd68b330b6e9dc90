package com.fieldportal.web.notification;

import com.fieldportal.notification.Outbox;
import com.fieldportal.notification.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dev outbox of the staff console: the mails a demo server would have sent, for a newcomer running it
 * without a mail server. Only while portal.mail.transport=dev-outbox, and only for admins (the service decides).
 */
@Named
@RequestScoped
public class DevOutboxBacking {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final int MAX_MAILS = 50;

    @EJB
    Outbox outbox;

    private List<DevMail> mails;

    public record DevMail(OutboxMail mail, String text, List<String> links) {
    }

    @PostConstruct
    void load() {
        mails = outbox.devOutbox(MAX_MAILS).stream()
                .map(m -> new DevMail(m, m.getTextToSend(), LINK.matcher(m.getTextToSend()).results().map(r -> r.group()).toList()))
                .toList();
    }

    public List<DevMail> getMails() {
        return mails;
    }
}
