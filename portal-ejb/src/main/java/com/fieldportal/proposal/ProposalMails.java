package com.fieldportal.proposal;

import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.notification.MailMessage;
import com.fieldportal.shared.Formats;
import java.util.Optional;

/** What the sales rep is told when a customer signs or declines a proposal. Plain text. */
final class ProposalMails {

    private ProposalMails() {
    }

    /** Who hears of it: the proposal's own sales rep, else the property's, else the contractor's support address. */
    record Recipient(String name, String email) {
    }

    static Optional<Recipient> recipient(Proposal proposal, PortalSettings settings) {
        return Optional.ofNullable(proposal.getSalesRep()).or(() -> Optional.ofNullable(proposal.getProperty().getSalesRep()))
                .map(rep -> new Recipient(rep.getName(), rep.getEmail()))
                .or(() -> Optional.ofNullable(settings.supportEmail()).map(email -> new Recipient(
                        settings.supportName() == null ? "there" : settings.supportName(), email)));
    }

    static MailMessage signed(Recipient rep, Proposal proposal, Formats formats, String staffLink) {
        ProposalSignature signature = proposal.getSignature();
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(rep.name()).append(",\n\n")
                .append(signature.getSignerName()).append(" (").append(signature.getSignerEmail()).append(") signed proposal ")
                .append(proposal.getTitle()).append(" for ").append(proposal.getProperty().getName()).append(", ")
                .append(proposal.getProperty().getAccount().getName()).append(", on ").append(formats.dateTime(signature.getSignedAt()))
                .append(".\n\n");
        if (proposal.getChosenLines().isEmpty()) {
            text.append("Optional services added: none.\n");
        } else {
            text.append("Optional services added:\n");
            for (ProposalLine line : proposal.getChosenLines()) {
                text.append("  - ").append(line.getDescription()).append(": ").append(formats.money(line.getAmount())).append('\n');
            }
        }
        text.append("\nOriginal proposal: ").append(formats.money(proposal.getOriginalTotal())).append('\n')
            .append("Total signed:      ").append(formats.money(proposal.getPrice())).append("\n\n")
            .append("The proposal stays Delivered until you win it in the staff console:\n").append(staffLink).append('\n');
        return MailMessage.to(rep.email(), "Proposal " + proposal.getNumber() + " was signed", text.toString(), null);
    }

    static MailMessage declined(Recipient rep, Proposal proposal, String contactName, String staffLink) {
        String reason = proposal.getDeclineReason();
        String text = "Hello " + rep.name() + ",\n\n"
                + contactName + " declined proposal " + proposal.getTitle() + " for " + proposal.getProperty().getName() + ", "
                + proposal.getProperty().getAccount().getName() + ".\n"
                + (reason == null ? "No reason was given.\n" : "Their reason: " + reason + "\n")
                + "\nThe opportunity is marked lost:\n" + staffLink + "\n";
        return MailMessage.to(rep.email(), "Proposal " + proposal.getNumber() + " was declined", text, null);
    }
}
