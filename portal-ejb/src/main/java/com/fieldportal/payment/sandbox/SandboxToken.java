package com.fieldportal.payment.sandbox;

import com.fieldportal.invoice.PaymentType;
import com.fieldportal.payment.Funding;
import com.fieldportal.payment.GatewayMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/** A card or bank account the sandbox tokenized: what it shows and what it does, never the number. */
@Entity
@Table(name = "sandbox_token")
class SandboxToken {

    @Id
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(name = "method_type")
    private PaymentType type;
    private String brand;
    @Column(name = "last_four")
    private String lastFour;
    @Column(name = "expiry_month")
    private Integer expiryMonth;
    @Column(name = "expiry_year")
    private Integer expiryYear;
    @Enumerated(EnumType.STRING)
    private Funding funding;
    @Column(name = "account_type")
    private String accountType;
    @Enumerated(EnumType.STRING)
    private Behaviour behaviour;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SandboxToken() {
    }

    SandboxToken(String token, PaymentType type, String brand, String lastFour, YearMonth expiry, Funding funding,
                 String accountType, Behaviour behaviour, Instant createdAt) {
        this.token = token;
        this.type = type;
        this.brand = brand;
        this.lastFour = lastFour;
        this.expiryMonth = expiry == null ? null : expiry.getMonthValue();
        this.expiryYear = expiry == null ? null : expiry.getYear();
        this.funding = funding;
        this.accountType = accountType;
        this.behaviour = behaviour;
        this.createdAt = createdAt;
    }

    GatewayMethod describe() {
        return new GatewayMethod(type, brand, lastFour, expiry(), funding, accountType);
    }

    YearMonth expiry() {
        return expiryYear == null ? null : YearMonth.of(expiryYear, expiryMonth);
    }

    String getToken() {
        return token;
    }

    PaymentType getType() {
        return type;
    }

    Behaviour getBehaviour() {
        return behaviour;
    }
}
