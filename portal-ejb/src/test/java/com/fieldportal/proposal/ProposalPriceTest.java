package com.fieldportal.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.Property;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A proposal's price: the required services, plus the optional ones the customer chose when signing. */
class ProposalPriceTest {

    private static final Address ADDRESS = new Address("1 Main St", "Springfield", "IL", "62704");
    private static final Signing SIGNING = new Signing(null, "Pat", new byte[] {1}, Instant.now(), "127.0.0.1", "test");

    @Test
    void optionalServicesCountOnlyOnceChosenAtSigning() {
        Proposal proposal = proposal();
        proposal.addLine("Plowing", new BigDecimal("20"), new BigDecimal("185.00"), false);
        ProposalLine salting = proposal.addLine("Salting", new BigDecimal("20"), new BigDecimal("60.00"), true);
        proposal.addLine("Hauling", BigDecimal.ONE, new BigDecimal("300.00"), true);
        assertThat(proposal.getPrice()).isEqualByComparingTo("3700.00");

        proposal.sign(SIGNING, Set.of(salting), "0".repeat(64));
        assertThat(proposal.getPrice()).isEqualByComparingTo("4900.00");
        assertThat(proposal.getOriginalTotal()).isEqualByComparingTo("3700.00");
        assertThat(proposal.getCustomerStatus()).isEqualTo(CustomerStatus.ACCEPTED);
        assertThat(proposal.getContractorStatus()).as("staff still have to win it").isEqualTo(ContractorStatus.DELIVERED);
    }

    @Test
    void aSignedOrRejectedProposalCannotChange() {
        Proposal signed = proposal();
        signed.addLine("Plowing", BigDecimal.ONE, new BigDecimal("100.00"), false);
        signed.sign(SIGNING, Set.of(), "0".repeat(64));
        assertThatThrownBy(signed::reject).isInstanceOf(BusinessException.class);

        Proposal rejected = proposal();
        rejected.reject();
        assertThat(rejected.getContractorStatus()).isEqualTo(ContractorStatus.LOST);
        assertThatThrownBy(() -> rejected.addLine("More", BigDecimal.ONE, BigDecimal.TEN, false)).isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyOwnOptionalLinesCanBeChosen() {
        Proposal proposal = proposal();
        ProposalLine required = proposal.addLine("Plowing", BigDecimal.ONE, new BigDecimal("100.00"), false);
        assertThatThrownBy(() -> proposal.sign(SIGNING, Set.of(required), "x"))
                .isInstanceOf(BusinessException.class);
        ProposalLine foreign = proposal().addLine("Other", BigDecimal.ONE, BigDecimal.TEN, true);
        assertThatThrownBy(() -> proposal.sign(SIGNING, Set.of(foreign), "x"))
                .isInstanceOf(BusinessException.class);
    }

    private static Proposal proposal() {
        CustomerAccount account = new CustomerAccount("A", "C-1", "Account", ADDRESS);
        Property property = new Property("P", account, "Property", ADDRESS);
        return new Proposal("P-1", null, "Snow removal", property, null, null, LocalDate.now(), LocalDate.now().plusDays(10), null);
    }
}
