package com.fieldportal.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a payment was made, copied at the time: the payment method itself may be removed later. */
@Embeddable
public class MethodSnapshot {

    @Enumerated(EnumType.STRING)
    @Column(name = "method_type")
    private PaymentType type;
    @Column(name = "method_brand")
    private String brand;
    @Column(name = "method_last_four")
    private String lastFour;

    protected MethodSnapshot() {
    }

    public MethodSnapshot(PaymentType type, String brand, String lastFour) {
        this.type = type;
        this.brand = brand;
        this.lastFour = lastFour;
    }

    public PaymentType getType() {
        return type;
    }

    public String getBrand() {
        return brand;
    }

    public String getLastFour() {
        return lastFour;
    }

    /** "Visa ending 4242", "First Community Bank ending 6789", "Check". */
    public String describe() {
        return lastFour == null || lastFour.isBlank() ? brand : brand + " ending " + lastFour;
    }
}
