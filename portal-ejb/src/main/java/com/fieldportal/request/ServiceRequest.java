package com.fieldportal.request;

import com.fieldportal.customer.Contact;
import com.fieldportal.customer.Property;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.staff.StaffUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Something a customer asks the contractor to look at ("Issues" in the old portal). */
@Entity
@Table(name = "service_request")
@NamedQuery(name = "ServiceRequest.countOfStatus", query = "SELECT COUNT(r) FROM ServiceRequest r WHERE r.status = :status")
@NamedQuery(name = "ServiceRequest.countOfStatusInScope", query = """
        SELECT COUNT(r) FROM ServiceRequest r WHERE r.status = :status AND r.property.id IN :properties""")
@NamedQuery(name = "ServiceRequest.rowsOfStatusInScope", query = """
        SELECT NEW com.fieldportal.request.RequestRow(r.id, r.number, r.subject, p.name, r.status, r.priority, r.createdAt)
        FROM ServiceRequest r JOIN r.property p WHERE r.status = :status AND p.id IN :properties
        ORDER BY r.createdAt DESC, r.number DESC""")
/* The staff's inbox: every customer's, by status and priority, found by number, subject, property or customer; newest first. */
@NamedQuery(name = "ServiceRequest.inbox", query = """
        SELECT NEW com.fieldportal.request.StaffRequestRow(r.id, r.number, r.subject, a.id, a.name, p.name, r.status, r.priority, r.createdAt)
        FROM ServiceRequest r JOIN r.property p JOIN p.account a
        WHERE r.status = :status AND r.priority IN :priorities
          AND (LOWER(r.subject) LIKE :text OR LOWER(p.name) LIKE :text OR LOWER(a.name) LIKE :text
               OR r.number = :number)
        ORDER BY r.createdAt DESC, r.number DESC""")
@NamedQuery(name = "ServiceRequest.inboxCount", query = """
        SELECT COUNT(r) FROM ServiceRequest r JOIN r.property p JOIN p.account a
        WHERE r.status = :status AND r.priority IN :priorities
          AND (LOWER(r.subject) LIKE :text OR LOWER(p.name) LIKE :text OR LOWER(a.name) LIKE :text
               OR r.number = :number)""")
/* The requests a proposal answers. */
@NamedQuery(name = "ServiceRequest.rowsOfProposalInScope", query = """
        SELECT NEW com.fieldportal.request.RequestRow(r.id, r.number, r.subject, p.name, r.status, r.priority, r.createdAt)
        FROM ServiceRequest r JOIN r.property p JOIN r.relatedProposals related
        WHERE related.id = :proposal AND p.id IN :properties
        ORDER BY r.createdAt DESC""")
public class ServiceRequest extends BaseEntity {

    @Column(name = "request_number")
    private long number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "property_id")
    private Property property;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_contact_id")
    private Contact createdBy;

    private String subject;
    private String description;

    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    /** When anything about the request last changed, comments included: what the back office pulls by. */
    @Column(name = "changed_at")
    private Instant changedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<RequestComment> comments = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "request_proposal",
            joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "proposal_id"))
    private Set<Proposal> relatedProposals = new HashSet<>();

    @OneToMany(mappedBy = "request")
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected ServiceRequest() {
    }

    public ServiceRequest(long number, Property property, Contact createdBy, String subject, String description,
                          Priority priority, Instant createdAt) {
        this.number = number;
        this.property = property;
        this.createdBy = createdBy;
        this.subject = subject;
        this.description = description;
        this.priority = priority;
        this.createdAt = createdAt;
        this.changedAt = createdAt;
    }

    public RequestComment addComment(Contact author, String text, Instant at) {
        requireOpen();
        RequestComment comment = new RequestComment(this, author, null, text, at);
        comments.add(comment);
        changed();
        return comment;
    }

    public RequestComment addStaffComment(StaffUser author, String text, Instant at) {
        RequestComment comment = new RequestComment(this, null, author, text, at);
        comments.add(comment);
        changed();
        return comment;
    }

    /** @throws BusinessException once the request is closed */
    public void requireOpen() {
        if (status == RequestStatus.CLOSED) {
            throw new BusinessException("Request " + getDisplayNumber() + " is closed; comments can no longer be added.");
        }
    }

    public void close(Instant at) {
        if (status == RequestStatus.CLOSED) {
            throw new BusinessException("Request " + getDisplayNumber() + " is already closed.");
        }
        status = RequestStatus.CLOSED;
        completedAt = at;
        changed();
    }

    public void reopen() {
        if (status == RequestStatus.OPEN) {
            throw new BusinessException("Request " + getDisplayNumber() + " is already open.");
        }
        status = RequestStatus.OPEN;
        completedAt = null;
        changed();
    }

    public void changePriority(Priority priority) {
        this.priority = priority;
        changed();
    }

    public void relateTo(Proposal proposal) {
        relatedProposals.add(proposal);
        changed();
    }

    private void changed() {
        changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getDisplayNumber() {
        return "R-" + number;
    }

    public long getNumber() {
        return number;
    }

    public Property getProperty() {
        return property;
    }

    public String getSubject() {
        return subject;
    }

    public Priority getPriority() {
        return priority;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getDescription() {
        return description;
    }

    public Contact getCreatedBy() {
        return createdBy;
    }

    public String getTitle() {
        return getDisplayNumber() + " · " + subject;
    }

    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    public List<RequestComment> getComments() {
        return comments;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    /** The proposals the request is associated with, by number. */
    public List<Proposal> getRelatedProposals() {
        return relatedProposals.stream().sorted(Comparator.comparing(Proposal::getNumber)).toList();
    }
}
