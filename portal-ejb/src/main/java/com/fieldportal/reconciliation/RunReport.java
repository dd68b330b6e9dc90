package com.fieldportal.reconciliation;

import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.notification.MailMessage;
import com.fieldportal.notification.Outbox;
import com.fieldportal.shared.Formats;
import com.fieldportal.staff.StaffUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The run's report as mailed to the staff admins: its counts, and a link to its findings in the staff console. */
@Dependent
public class RunReport {

    private static final int FINDINGS_IN_MAIL = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Formats formats;

    @Inject
    CurrentSettings settings;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    void mailAdmins(ReconciliationRun run) {
        List<String> admins = em.createQuery("""
                SELECT s FROM StaffUser s WHERE com.fieldportal.staff.StaffRole.ADMIN MEMBER OF s.roles ORDER BY s.email""", StaffUser.class)
                .getResultStream().filter(StaffUser::isActive).map(StaffUser::getEmail).toList();
        if (admins.isEmpty()) {
            return;
        }
        String subject = "Nightly reconciliation of " + formats.dateTime(run.getStartedAt()) + ": " + headline(run);
        String text = text(run);
        for (String admin : admins) {
            outbox.queue(MailMessage.to(admin, subject, text, null), "ReconciliationRun:" + run.getId());
        }
    }

    private static String headline(ReconciliationRun run) {
        if (run.getStatus() == RunStatus.FAILED) {
            return "failed";
        }
        return run.getDrifts() + " drifts fixed, " + run.getCreditsReported() + " credits to look at, " + run.getFailures() + " failures";
    }

    private String text(ReconciliationRun run) {
        StringBuilder text = new StringBuilder()
                .append("The nightly reconciliation of ").append(settings.get().title()).append(' ')
                .append(run.getStatus().getLabel().toLowerCase()).append(".\n\n")
                .append("Bank payments settled:    ").append(run.getPaymentsSettled()).append('\n')
                .append("Bank payments returned:   ").append(run.getPaymentsReturned()).append('\n')
                .append("Invoices checked:         ").append(run.getInvoicesChecked()).append('\n')
                .append("Invoice balances fixed:   ").append(run.getInvoicesFixed()).append('\n')
                .append("Credits checked:          ").append(run.getCreditsChecked()).append('\n')
                .append("Credits fixed:            ").append(run.getCreditsFixed()).append('\n')
                .append("Credits over-applied:     ").append(run.getCreditsReported()).append('\n')
                .append("Card reminders sent:      ").append(run.getRemindersSent()).append('\n')
                .append("Failures:                 ").append(run.getFailures()).append('\n');
        if (run.getFailureMessage() != null) {
            text.append("\nThe run failed: ").append(run.getFailureMessage()).append('\n');
        }
        List<ReconciliationFinding> findings = em.createNamedQuery("ReconciliationFinding.ofRun", ReconciliationFinding.class)
                .setParameter("run", run.getId()).setMaxResults(FINDINGS_IN_MAIL).getResultList();
        if (!findings.isEmpty()) {
            text.append("\nFindings:\n");
            for (ReconciliationFinding finding : findings) {
                text.append("- ").append(finding.getKind().getLabel()).append(": ").append(finding.getRecordType()).append(' ')
                        .append(finding.getRecordId()).append(", stored ").append(finding.getStoredValue()).append(", computed ")
                        .append(finding.getComputedValue()).append(" (").append(finding.getResolution().name().toLowerCase()).append(")\n");
            }
        }
        text.append("\nThe whole report: ").append(baseUrl).append("/staff/reconciliation-run.xhtml?id=").append(run.getId()).append('\n');
        return text.toString();
    }
}
