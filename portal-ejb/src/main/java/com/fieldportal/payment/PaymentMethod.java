package com.fieldportal.payment;

import com.fieldportal.customer.Contact;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A saved card or bank account. Card numbers never reach this table: only the gateway's token, the
 * brand, the last four digits and the expiry.
 */
@Entity
@Table(name = "payment_method")
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
    /** Checking or savings, for ACH. */
    @Column(name = "account_type")
    private String accountType;

    @Column(name = "is_default")
    private boolean preferred;
    private boolean active = true;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PaymentMethod() {
    }

    public static PaymentMethod card(Contact contact, String gatewayToken, String brand, String lastFour,
                                     YearMonth expiry, Instant createdAt) {
        PaymentMethod method = new PaymentMethod(contact, PaymentType.CARD, gatewayToken, brand, lastFour, createdAt);
        method.expiryMonth = expiry.getMonthValue();
        method.expiryYear = expiry.getYear();
        return method;
    }

    public static PaymentMethod bankAccount(Contact contact, String gatewayToken, String bankName, String lastFour,
                                            String accountType, Instant createdAt) {
        PaymentMethod method = new PaymentMethod(contact, PaymentType.ACH, gatewayToken, bankName, lastFour, createdAt);
        method.accountType = accountType;
        return method;
    }

    private PaymentMethod(Contact contact, PaymentType type, String gatewayToken, String brand, String lastFour, Instant createdAt) {
        this.contact = contact;
        this.type = type;
        this.gatewayToken = gatewayToken;
        this.brand = brand;
        this.lastFour = lastFour;
        this.createdAt = createdAt;
    }
}
