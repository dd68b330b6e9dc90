package com.fieldportal.web.notification;

import com.fieldportal.notification.MailStatus;
import com.fieldportal.notification.OutboxAdministration;
import com.fieldportal.notification.OutboxRow;
import com.fieldportal.web.Messages;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/** The outbox, for admins: mails by status, failed ones sent again; on a demo server, what each mail says. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @EJB
    OutboxAdministration outbox;

    private String show = "ALL";

    private final PagedModel<OutboxRow> mails = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return outbox.countMails(status());
        }

        @Override
        public List<OutboxRow> rows(int first, int size) {
            return outbox.mails(status(), first, size);
        }
    }, OutboxRow::id);

    public void retry(OutboxRow mail) {
        outbox.retry(mail.id());
        Messages.info("The mail to " + mail.recipient() + " will be sent again within a minute.");
    }

    /** The links of a mail on a demo server (reset and invitation links), to click. */
    public List<String> links(OutboxRow mail) {
        return mail.devText() == null ? List.of() : LINK.matcher(mail.devText()).results().map(r -> r.group()).toList();
    }

    public boolean isDevOutbox() {
        return outbox.isDevOutbox();
    }

    private MailStatus status() {
        return "ALL".equals(show) ? null : ViewParams.choice(show, MailStatus.FAILED);
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public PagedModel<OutboxRow> getMails() {
        return mails;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }
}
