package com.fieldportal.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldportal.configuration.PortalSettings;
import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.Property;
import com.fieldportal.shared.Address;
import com.fieldportal.staff.StaffRole;
import com.fieldportal.staff.StaffUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Who hears that a proposal was signed or declined: its sales rep, else the property's, else the support address. */
class ProposalMailsTest {

    private static final Address ADDRESS = new Address("1 Main St", "Springfield", "IL", "62704");
    private static final StaffUser SARA = new StaffUser("Sara Lin", "sara@example.com", null, EnumSet.of(StaffRole.STAFF));
    private static final StaffUser OMAR = new StaffUser("Omar Ortiz", "omar@example.com", null, EnumSet.of(StaffRole.STAFF));

    @Test
    void theProposalsRepThenThePropertysThenTheSupportAddressThenNobody() {
        Property property = new Property("P", new CustomerAccount("A", "C-1", "Account", ADDRESS), "Property", ADDRESS);
        assertThat(ProposalMails.recipient(proposal(property, SARA), settings("care@example.com")))
                .hasValue(new ProposalMails.Recipient("Sara Lin", "sara@example.com"));
        property.assignStaff(null, null, OMAR);
        assertThat(ProposalMails.recipient(proposal(property, null), settings("care@example.com")))
                .hasValue(new ProposalMails.Recipient("Omar Ortiz", "omar@example.com"));
        property.assignStaff(null, null, null);
        assertThat(ProposalMails.recipient(proposal(property, null), settings("care@example.com")))
                .hasValue(new ProposalMails.Recipient("Customer care", "care@example.com"));
        assertThat(ProposalMails.recipient(proposal(property, null), settings(null))).isEmpty();
    }

    private static Proposal proposal(Property property, StaffUser rep) {
        return new Proposal("P-1", null, "Snow removal", property, rep, null, LocalDate.now(), LocalDate.now(), null);
    }

    private static PortalSettings settings(String supportEmail) {
        return new PortalSettings(1, "Evergreen Grounds", null, "#1f6f43", null, true, true, true, true, BigDecimal.ZERO, false,
                "Customer care", supportEmail, null);
    }
}
