package com.fieldportal.audit;

import com.fieldportal.shared.Like;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the audit log is filtered by: part of who, part of what, a first and a last day (all optional). */
public class AuditFilter implements Serializable {

    private String who;
    private String what;
    private LocalDate from;
    private LocalDate to;

    String whoPattern() {
        return Like.anywhere(who);
    }

    String whatPattern() {
        return Like.anywhere(what == null ? null : what.toUpperCase().replace(' ', '_'));
    }

    java.time.Instant fromInstant(ZoneId zone) {
        return from == null ? java.time.Instant.EPOCH : from.atStartOfDay(zone).toInstant();
    }

    java.time.Instant toInstant(ZoneId zone) {
        return to == null ? java.time.Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
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
}
