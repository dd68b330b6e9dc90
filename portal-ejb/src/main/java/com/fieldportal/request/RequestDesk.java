package com.fieldportal.request;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.notification.Outbox;
import com.fieldportal.proposal.Proposal;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.staff.SignedInStaff;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests in the staff console: the inbox across customers, one request with its history, and answering it: a reply
 * (the requesting contact is mailed), its priority, closing and reopening it, and the proposals it is associated with.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class RequestDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignedInStaff staff;

    @Inject
    AttachmentStore attachments;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    public long count(RequestInbox inbox) {
        return filtered(em.createNamedQuery("ServiceRequest.inboxCount", Long.class), inbox).getSingleResult();
    }

    public List<StaffRequestRow> requests(RequestInbox inbox, int first, int size) {
        return filtered(em.createNamedQuery("ServiceRequest.inbox", StaffRequestRow.class), inbox)
                .setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    public ServiceRequest request(long id) {
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null) {
            throw new NotFoundException("Request");
        }
        return request;
    }

    /** A reply in the request's history, with files; the contact who filed the request is mailed. */
    public void reply(long requestId, String text, List<Upload> files) {
        ServiceRequest request = locked(requestId);
        String body = RequestService.required(text, "your reply", RequestService.MAX_TEXT);
        attachments.check(files);
        StaffUser author = em.find(StaffUser.class, staff.identity().orElseThrow().id());
        Instant now = Instant.now();
        RequestComment comment = request.addStaffComment(author, body, now);
        em.persist(comment);
        attachments.attach(null, comment, files, now);
        audit.record(staff.actor(), "REQUEST_REPLIED", "ServiceRequest", requestId, request.getDisplayNumber());
        if (request.getCreatedBy() != null && request.getCreatedBy().isActive()) {
            outbox.queue(RequestMails.commented(request.getCreatedBy().getName(), request.getCreatedBy().getEmail(), request, comment,
                    baseUrl + "/request.xhtml?id=" + requestId), "request:" + requestId);
        }
    }

    /** Whether these files may be attached (number, sizes, types), as they arrive. */
    public void checkFiles(List<Upload> files) {
        attachments.check(files);
    }

    public void changePriority(long requestId, Priority priority) {
        ServiceRequest request = locked(requestId);
        if (priority != null && priority != request.getPriority()) {
            audit.record(staff.actor(), "REQUEST_PRIORITY", "ServiceRequest", requestId,
                    request.getDisplayNumber() + ": " + request.getPriority().getLabel() + " → " + priority.getLabel());
            request.changePriority(priority);
        }
    }

    /** Closes it: the completion date is now, and customers can no longer comment. */
    public void close(long requestId) {
        ServiceRequest request = locked(requestId);
        request.close(Instant.now());
        audit.record(staff.actor(), "REQUEST_CLOSED", "ServiceRequest", requestId, request.getDisplayNumber());
    }

    public void reopen(long requestId) {
        ServiceRequest request = locked(requestId);
        request.reopen();
        audit.record(staff.actor(), "REQUEST_REOPENED", "ServiceRequest", requestId, request.getDisplayNumber());
    }

    /** Associates the request with a proposal of the same customer account, by its number. */
    public void link(long requestId, String proposalNumber) {
        ServiceRequest request = locked(requestId);
        String number = proposalNumber == null ? "" : proposalNumber.strip();
        Proposal proposal = em.createQuery("SELECT p FROM Proposal p WHERE p.number = :number", Proposal.class)
                .setParameter("number", number).getResultStream().findFirst()
                .filter(p -> p.getProperty().getAccount().isSameAs(request.getProperty().getAccount()))
                .orElseThrow(() -> new BusinessException("No proposal " + number + " of " + request.getProperty().getAccount().getName() + "."));
        request.relateTo(proposal);
        audit.record(staff.actor(), "REQUEST_LINKED", "ServiceRequest", requestId, request.getDisplayNumber() + " ↔ " + proposal.getNumber());
    }

    public Attachment attachment(long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            throw new NotFoundException("File");
        }
        return attachment;
    }

    public void copyAttachment(long id, OutputStream out) throws IOException {
        attachments.copy(attachment(id), out);
    }

    private ServiceRequest locked(long id) {
        ServiceRequest request = em.find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("Request");
        }
        return request;
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, RequestInbox inbox) {
        return query.setParameter("status", inbox.getStatus()).setParameter("priorities", inbox.priorities())
                .setParameter("text", inbox.textPattern()).setParameter("number", inbox.number());
    }
}
