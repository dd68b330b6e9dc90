package com.fieldportal.payment.sandbox;

import com.fieldportal.invoice.PaymentType;
import com.fieldportal.payment.Adapter;
import com.fieldportal.payment.Charge;
import com.fieldportal.payment.GatewayChoice;
import com.fieldportal.payment.GatewayException;
import com.fieldportal.payment.GatewayMethod;
import com.fieldportal.payment.HostedFields;
import com.fieldportal.payment.PaymentGateway;
import com.fieldportal.payment.Settlement;
import com.fieldportal.shared.Tokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The default payment processor: behaves like a real one, without money. It serves its own card and bank fields
 * ({@code /sandbox-gateway/fields}), keeps tokens and charges in tables of its own, answers a repeated
 * idempotency key with the first answer, settles card charges at once and ACH debits when asked (the nightly job
 * asks), and does what its test numbers say (see {@link TestCard}, {@link TestBankAccount}). Each call runs in a
 * transaction of its own, as a call to another system would.
 */
@Stateless
@PermitAll
@Adapter(GatewayChoice.SANDBOX)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SandboxGateway implements PaymentGateway {

    @PersistenceContext
    EntityManager em;

    @Override
    public HostedFields hostedFields(PaymentType type) {
        return new HostedFields("sandbox-gateway/fields?type=" + type.name().toLowerCase(Locale.ROOT), null);
    }

    @Override
    public GatewayMethod describe(String token) {
        return find(token).describe();
    }

    @Override
    public Charge charge(String token, BigDecimal amount, String idempotencyKey) {
        // One charge per token at a time, as a processor serializes requests with one idempotency key.
        SandboxToken method = em.find(SandboxToken.class, token, LockModeType.PESSIMISTIC_WRITE);
        if (method == null) {
            throw new GatewayException("The sandbox knows no token " + token);
        }
        SandboxCharge earlier = em.createNamedQuery("SandboxCharge.byKey", SandboxCharge.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            if (!earlier.isFor(method, amount)) {
                throw new GatewayException("Idempotency key " + idempotencyKey + " was used for another charge");
            }
            return earlier.answer();
        }
        Behaviour behaviour = method.getBehaviour();
        YearMonth expiry = method.expiry();
        if (expiry != null && expiry.isBefore(YearMonth.now(ZoneOffset.UTC))) {
            behaviour = Behaviour.EXPIRED_CARD;
        }
        Charge.Outcome outcome = switch (behaviour) {
            case APPROVE, ANSWER_LOST -> Charge.Outcome.APPROVED;
            case ACH_SETTLES, ACH_RETURNED -> Charge.Outcome.PENDING;
            default -> Charge.Outcome.DECLINED;
        };
        SandboxCharge charge = new SandboxCharge("sbx_ch_" + Tokens.newToken().substring(0, 24), method, idempotencyKey,
                amount, outcome, behaviour.declineMessage, Instant.now());
        em.persist(charge);
        if (behaviour == Behaviour.ANSWER_LOST) {
            throw new AnswerLost(charge.answer().reference());
        }
        return charge.answer();
    }

    @Override
    public void refund(String chargeReference, BigDecimal amount) {
        SandboxCharge charge = em.find(SandboxCharge.class, chargeReference, LockModeType.PESSIMISTIC_WRITE);
        if (charge == null || charge.getToken().getType() != PaymentType.CARD) {
            throw new GatewayException("The sandbox has no card charge " + chargeReference);
        }
        if (amount.compareTo(charge.refundable()) > 0) {
            throw new GatewayException("The sandbox can refund at most " + charge.refundable() + " of " + chargeReference);
        }
        charge.refund(amount);
    }

    @Override
    public Settlement settlement(String chargeReference) {
        SandboxCharge charge = em.find(SandboxCharge.class, chargeReference);
        if (charge == null) {
            throw new GatewayException("The sandbox has no charge " + chargeReference);
        }
        return switch (charge.getToken().getBehaviour()) {
            case ACH_SETTLES, APPROVE, ANSWER_LOST -> new Settlement(Settlement.State.SETTLED, null);
            case ACH_RETURNED -> new Settlement(Settlement.State.RETURNED, "R01 insufficient funds: the bank returned the debit.");
            default -> new Settlement(Settlement.State.RETURNED, charge.answer().message());
        };
    }

    private SandboxToken find(String token) {
        SandboxToken method = token == null ? null : em.find(SandboxToken.class, token);
        if (method == null) {
            throw new GatewayException("The sandbox knows no token " + token);
        }
        return method;
    }
}
