package com.fieldportal.payment;

import com.fieldportal.invoice.PaymentStatus;
import com.fieldportal.invoice.PaymentType;
import com.fieldportal.shared.Like;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** What the staff's payments list is filtered by: status, method, a first and a last day, an invoice or account (all optional). */
public class PaymentFilter implements Serializable {

    private PaymentStatus status;
    private PaymentType type;
    private LocalDate from;
    private LocalDate to;
    private String text;

    List<PaymentStatus> statuses() {
        return status == null ? List.copyOf(EnumSet.allOf(PaymentStatus.class)) : List.of(status);
    }

    List<PaymentType> types() {
        return type == null ? List.copyOf(EnumSet.allOf(PaymentType.class)) : List.of(type);
    }

    Instant fromInstant(ZoneId zone) {
        return from == null ? Instant.EPOCH : from.atStartOfDay(zone).toInstant();
    }

    Instant toInstant(ZoneId zone) {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    String textPattern() {
        return Like.anywhere(text);
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }

    public PaymentType getType() {
        return type;
    }

    public void setType(PaymentType type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
