package com.fieldportal.audit;

import java.time.Instant;

/** One audit event as the staff console lists and exports it. */
public record AuditRow(long id, Instant at, ActorType actorType, String actorName, String action, String targetType, Long targetId,
                       String details, String ipAddress, String userAgent) {
}
