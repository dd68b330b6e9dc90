package com.fieldportal.audit;

import com.fieldportal.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change: who, what, to which record, when, and from which address. Never updated. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.filtered", query = """
        SELECT NEW com.fieldportal.audit.AuditRow(e.id, e.occurredAt, e.actorType, e.actorName, e.action, e.targetType, e.targetId,
            e.details, e.ipAddress, e.userAgent)
        FROM AuditEvent e
        WHERE LOWER(COALESCE(e.actorName, '')) LIKE :who AND LOWER(e.action) LIKE :what AND e.occurredAt >= :from AND e.occurredAt < :to
        ORDER BY e.occurredAt DESC, e.id DESC""")
@NamedQuery(name = "AuditEvent.countFiltered", query = """
        SELECT COUNT(e) FROM AuditEvent e
        WHERE LOWER(COALESCE(e.actorName, '')) LIKE :who AND LOWER(e.action) LIKE :what AND e.occurredAt >= :from AND e.occurredAt < :to""")
public class AuditEvent extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type")
    private ActorType actorType;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name")
    private String actorName;

    private String action;
    @Column(name = "target_type")
    private String targetType;
    @Column(name = "target_id")
    private Long targetId;
    private String details;

    @Column(name = "ip_address")
    private String ipAddress;
    @Column(name = "user_agent")
    private String userAgent;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected AuditEvent() {
    }

    AuditEvent(Actor actor, String action, String targetType, Long targetId, String details,
               String ipAddress, String userAgent, Instant occurredAt) {
        this.actorType = actor.type();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.occurredAt = occurredAt;
    }
}
