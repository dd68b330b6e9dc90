package com.fieldportal.signin;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/** How far a bulk invitation has got: contacts to go through, and how many were sent, skipped or failed. */
public final class BulkInvitation implements Serializable {

    private final String id;
    private final int total;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean finished;

    BulkInvitation(String id, int total) {
        this.id = id;
        this.total = total;
        this.finished = total == 0;
    }

    void count(InvitationSender.Outcome outcome) {
        (outcome == InvitationSender.Outcome.SENT ? sent : skipped).incrementAndGet();
    }

    void countFailure() {
        failed.incrementAndGet();
    }

    void finish() {
        finished = true;
    }

    public String getId() {
        return id;
    }

    public int getTotal() {
        return total;
    }

    public int getSent() {
        return sent.get();
    }

    public int getSkipped() {
        return skipped.get();
    }

    public int getFailed() {
        return failed.get();
    }

    public boolean isFinished() {
        return finished;
    }

    /** 0 to 100. */
    public int getPercent() {
        return total == 0 ? 100 : (getSent() + getSkipped() + getFailed()) * 100 / total;
    }
}
