package com.fieldportal.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldportal.customer.CustomerAccount;
import com.fieldportal.customer.Property;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.Tokens;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A proposal's price and life: the required services, plus the optional ones chosen when signing; then won or lost. */
class ProposalPriceTest {

    private static final Address ADDRESS = new Address("1 Main St", "Springfield", "IL", "62704");
    private static final Signing SIGNING = new Signing(null, "Pat", new byte[] {1}, Instant.now(), "127.0.0.1", "test");
    private static final byte[] DOCUMENT = "%PDF-1.5 the proposal as shown".getBytes(StandardCharsets.US_ASCII);

    @Test
    void optionalServicesCountOnlyOnceChosenAtSigning() {
        Proposal proposal = proposal();
        proposal.addLine("Plowing", new BigDecimal("20"), new BigDecimal("185.00"), false);
        ProposalLine salting = proposal.addLine("Salting", new BigDecimal("20"), new BigDecimal("60.00"), true);
        ProposalLine hauling = proposal.addLine("Hauling", BigDecimal.ONE, new BigDecimal("300.00"), true);
        assertThat(proposal.getPrice()).isEqualByComparingTo("3700.00");
        assertThat(proposal.priceWith(List.of(salting))).as("what Select & Sign shows with salting ticked").isEqualByComparingTo("4900.00");
        assertThat(proposal.priceWith(List.of(salting, hauling))).isEqualByComparingTo("5200.00");

        proposal.sign(SIGNING, Set.of(salting), DOCUMENT);
        assertThat(proposal.getPrice()).isEqualByComparingTo("4900.00");
        assertThat(proposal.getOriginalTotal()).isEqualByComparingTo("3700.00");
        assertThat(proposal.getAddedByOptions()).isEqualByComparingTo("1200.00");
        assertThat(proposal.getChosenLines()).containsExactly(salting);
        assertThat(proposal.getCustomerStatus()).isEqualTo(CustomerStatus.ACCEPTED);
        assertThat(proposal.getContractorStatus()).as("staff still have to win it").isEqualTo(ContractorStatus.DELIVERED);
        assertThat(proposal.getSignature().getDocumentSha256()).isEqualTo(Tokens.sha256(DOCUMENT));
        assertThat(proposal.getSignature().getChosenOptionalLines()).isEqualTo("Salting");
    }

    @Test
    void aSignedOrDeclinedProposalCannotBeSignedOrDeclinedAgain() {
        Proposal signed = proposal();
        signed.addLine("Plowing", BigDecimal.ONE, new BigDecimal("100.00"), false);
        signed.sign(SIGNING, Set.of(), DOCUMENT);
        assertThatThrownBy(() -> signed.sign(SIGNING, Set.of(), DOCUMENT)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> signed.decline(null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> signed.addLine("More", BigDecimal.ONE, BigDecimal.TEN, false)).isInstanceOf(BusinessException.class);

        Proposal declined = proposal();
        declined.decline("  Too expensive this year ");
        assertThat(declined.getCustomerStatus()).isEqualTo(CustomerStatus.REJECTED);
        assertThat(declined.getContractorStatus()).isEqualTo(ContractorStatus.LOST);
        assertThat(declined.getDeclineReason()).isEqualTo("Too expensive this year");
        assertThatThrownBy(() -> declined.sign(SIGNING, Set.of(), DOCUMENT)).isInstanceOf(BusinessException.class);
    }

    @Test
    void staffWinOnlySignedProposalsAndALostOneIsRejectedForTheCustomer() {
        Proposal pending = proposal();
        assertThatThrownBy(pending::win).as("not signed yet").isInstanceOf(BusinessException.class);

        Proposal signed = proposal();
        signed.sign(SIGNING, Set.of(), DOCUMENT);
        signed.win();
        assertThat(signed.getContractorStatus()).isEqualTo(ContractorStatus.WON);
        assertThat(signed.getCustomerStatus()).isEqualTo(CustomerStatus.ACCEPTED);
        assertThatThrownBy(signed::lose).as("won stays won").isInstanceOf(BusinessException.class);

        Proposal signedThenLost = proposal();
        signedThenLost.sign(SIGNING, Set.of(), DOCUMENT);
        signedThenLost.lose();
        assertThat(signedThenLost.getCustomerStatus()).isEqualTo(CustomerStatus.REJECTED);
        assertThat(signedThenLost.getSignature()).as("the evidence stays").isNotNull();
        assertThatThrownBy(signedThenLost::win).isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyOwnOptionalLinesCanBeChosen() {
        Proposal proposal = proposal();
        ProposalLine required = proposal.addLine("Plowing", BigDecimal.ONE, new BigDecimal("100.00"), false);
        assertThatThrownBy(() -> proposal.sign(SIGNING, Set.of(required), DOCUMENT))
                .isInstanceOf(BusinessException.class);
        ProposalLine foreign = proposal().addLine("Other", BigDecimal.ONE, BigDecimal.TEN, true);
        assertThatThrownBy(() -> proposal.sign(SIGNING, Set.of(foreign), DOCUMENT))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> proposal.optionalLines(List.of(12345L))).isInstanceOf(BusinessException.class);
    }

    private static Proposal proposal() {
        CustomerAccount account = new CustomerAccount("A", "C-1", "Account", ADDRESS);
        Property property = new Property("P", account, "Property", ADDRESS);
        return new Proposal("P-1", null, "Snow removal", property, null, null, LocalDate.now(), LocalDate.now().plusDays(10), null);
    }
}
