package com.fieldportal.request;

import com.fieldportal.customer.Contact;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.staff.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One entry of a request's history, written by the customer's contact or by the contractor's staff. */
@Entity
@Table(name = "request_comment")
public class RequestComment extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_contact_id")
    private Contact authorContact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_staff_id")
    private StaffUser authorStaff;

    @Column(name = "body")
    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    protected RequestComment() {
    }

    RequestComment(ServiceRequest request, Contact authorContact, StaffUser authorStaff, String text, Instant createdAt) {
        this.request = request;
        this.authorContact = authorContact;
        this.authorStaff = authorStaff;
        this.text = text;
        this.createdAt = createdAt;
    }

    @OneToMany(mappedBy = "comment")
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    public ServiceRequest getRequest() {
        return request;
    }

    /** The contact's or the staff user's name. */
    public String getAuthorName() {
        return authorContact != null ? authorContact.getName() : authorStaff == null ? "" : authorStaff.getName();
    }

    public boolean isByStaff() {
        return authorStaff != null;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
