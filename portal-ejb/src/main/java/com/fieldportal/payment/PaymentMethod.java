package com.fieldportal.payment;

import com.fieldportal.customer.Contact;
import com.fieldportal.invoice.MethodSnapshot;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A saved card or bank account of one contact. Card and account numbers never reach this table: only the
 * gateway's token and what the gateway says may be shown (brand or bank, last four, expiry, funding). Removing a
 * method keeps the row, inactive, for the payments made with it.
 */
@Entity
@Table(name = "payment_method")
@NamedQuery(name = "PaymentMethod.ofContact", query = """
        SELECT m FROM PaymentMethod m WHERE m.contact.id = :contact AND m.active = TRUE
        ORDER BY m.preferred DESC, m.createdAt DESC, m.id DESC""")
/* Cards that run out this month or next and were not reminded of; whether each is a default one is checked as it is reminded. */
@NamedQuery(name = "PaymentMethod.expiringCards", query = """
        SELECT m.id FROM PaymentMethod m WHERE m.id > :after
        AND m.type = com.fieldportal.invoice.PaymentType.CARD AND m.expiryRemindedAt IS NULL
        AND m.expiryYear * 12 + m.expiryMonth BETWEEN :fromMonth AND :toMonth ORDER BY m.id""")
public class PaymentMethod extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "method_type")
    private PaymentType type;

    @Column(name = "gateway_token")
    private String gatewayToken;
    /** Card brand, or the bank's name for ACH. */
    private String brand;
    @Column(name = "last_four")
    private String lastFour;

    @Column(name = "expiry_month")
    private Integer expiryMonth;
    @Column(name = "expiry_year")
    private Integer expiryYear;
    @Enumerated(EnumType.STRING)
    private Funding funding;
    /** Checking or savings, for ACH. */
    @Column(name = "account_type")
    private String accountType;

    @Column(name = "is_default")
    private boolean preferred;
    private boolean active = true;
    @Column(name = "expiry_reminded_at")
    private Instant expiryRemindedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PaymentMethod() {
    }

    /** A card or bank account as the gateway described its token. */
    public PaymentMethod(Contact contact, String gatewayToken, GatewayMethod described, Instant createdAt) {
        this.contact = contact;
        this.type = described.type();
        this.gatewayToken = gatewayToken;
        this.brand = described.brand();
        this.lastFour = described.lastFour();
        if (described.expiry() != null) {
            this.expiryMonth = described.expiry().getMonthValue();
            this.expiryYear = described.expiry().getYear();
        }
        this.funding = described.funding();
        this.accountType = described.accountType();
        this.createdAt = createdAt;
    }

    /** A card is expired after the last day of its expiry month; bank accounts do not expire. */
    public boolean isExpired(YearMonth now) {
        return expiryYear != null && YearMonth.of(expiryYear, expiryMonth).isBefore(now);
    }

    public boolean isOwnedBy(long contactId) {
        return contact.getId() == contactId;
    }

    /**
     * A default card that runs out within {@code days} (valid to the last day of its expiry month) and whose contact
     * was not yet reminded of it.
     */
    public boolean needsExpiryReminder(LocalDate today, int days) {
        if (!active || !preferred || type != PaymentType.CARD || expiryRemindedAt != null || expiryYear == null) {
            return false;
        }
        LocalDate lastValidDay = YearMonth.of(expiryYear, expiryMonth).atEndOfMonth();
        return !lastValidDay.isBefore(today) && !lastValidDay.isAfter(today.plusDays(days));
    }

    void reminded(Instant at) {
        expiryRemindedAt = at;
    }

    void remove() {
        active = false;
        preferred = false;
    }

    public void prefer(boolean preferred) {
        this.preferred = preferred;
    }

    /** "Visa ending 4242", "Sandbox Test Bank ending 6789". */
    public String describe() {
        return brand + " ending " + lastFour;
    }

    public MethodSnapshot snapshot() {
        return new MethodSnapshot(type, brand, lastFour);
    }

    public Contact getContact() {
        return contact;
    }

    public YearMonth getExpiry() {
        return expiryYear == null ? null : YearMonth.of(expiryYear, expiryMonth);
    }

    public PaymentType getType() {
        return type;
    }

    String getGatewayToken() {
        return gatewayToken;
    }

    public String getBrand() {
        return brand;
    }

    public String getLastFour() {
        return lastFour;
    }

    public Funding getFunding() {
        return funding;
    }

    public String getAccountType() {
        return accountType;
    }

    public boolean isPreferred() {
        return preferred;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
