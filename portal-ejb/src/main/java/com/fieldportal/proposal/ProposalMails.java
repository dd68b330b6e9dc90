package com.fieldportal.proposal;

import com.fieldportal.notification.MailMessage;
import com.fieldportal.shared.Formats;
import com.fieldportal.staff.StaffUser;
import java.util.Optional;

/** What the sales rep is told when a customer signs or declines a proposal. Plain text. */
final class ProposalMails {

    private ProposalMails() {
    }

    /** The proposal's own sales rep, else the property's; none when neither is known. */
    static Optional<StaffUser> salesRep(Proposal proposal) {
        return Optional.ofNullable(proposal.getSalesRep()).or(() -> Optional.ofNullable(proposal.getProperty().getSalesRep()));
    }

    static MailMessage signed(StaffUser rep, Proposal proposal, Formats formats, String staffLink) {
        ProposalSignature signature = proposal.getSignature();
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(rep.getName()).append(",\n\n")
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
        return MailMessage.to(rep.getEmail(), "Proposal " + proposal.getNumber() + " was signed", text.toString(), null);
    }

    static MailMessage declined(StaffUser rep, Proposal proposal, String contactName, String staffLink) {
        String reason = proposal.getDeclineReason();
        String text = "Hello " + rep.getName() + ",\n\n"
                + contactName + " declined proposal " + proposal.getTitle() + " for " + proposal.getProperty().getName() + ", "
                + proposal.getProperty().getAccount().getName() + ".\n"
                + (reason == null ? "No reason was given.\n" : "Their reason: " + reason + "\n")
                + "\nThe opportunity is marked lost:\n" + staffLink + "\n";
        return MailMessage.to(rep.getEmail(), "Proposal " + proposal.getNumber() + " was declined", text, null);
    }
}
