package com.fieldportal.request;

import com.fieldportal.audit.AuditLog;
import com.fieldportal.configuration.CurrentSettings;
import com.fieldportal.configuration.Section;
import com.fieldportal.customer.Contact;
import com.fieldportal.customer.CustomerAccess;
import com.fieldportal.customer.Property;
import com.fieldportal.notification.Outbox;
import com.fieldportal.customer.PropertyScope;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Page;
import com.fieldportal.shared.Preview;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
 * The service requests a contact may see, and what a contact does with them: file one, comment on one, fetch their
 * files. List methods take the property filter (null = all); a request of another account is "not found".
 */
@Stateless
@RolesAllowed(Roles.CONTACT)
public class RequestService {

    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 10_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    RequestNumbers numbers;

    @Inject
    AttachmentStore attachments;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    @Inject
    CustomerAccess access;

    @Inject
    CurrentSettings settings;

    public long count(Long propertyId, RequestStatus show) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery("ServiceRequest.countOfStatusInScope", Long.class)
                .setParameter("status", show)
                .setParameter("properties", scope.propertyIds())
                .getSingleResult();
    }

    /** A page of the list, newest first. */
    public List<RequestRow> requests(Long propertyId, RequestStatus show, int first, int size) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return List.of();
        }
        return listQuery(scope, show).setFirstResult(Page.first(first)).setMaxResults(Page.size(size)).getResultList();
    }

    /** The requests a proposal answers, among those the contact may see; none when requests are switched off. */
    public List<RequestRow> requestsOfProposal(long proposalId) {
        PropertyScope scope = settings.shows(Section.REQUESTS) ? access.scope(Section.REQUESTS, null) : new PropertyScope(List.of());
        if (scope.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ServiceRequest.rowsOfProposalInScope", RequestRow.class)
                .setParameter("proposal", proposalId)
                .setParameter("properties", scope.propertyIds())
                .getResultList();
    }

    /** The Requests Pending widget of Home: open requests, newest first. */
    public Preview<RequestRow> openRequests(Long propertyId, int first) {
        PropertyScope scope = access.scope(Section.REQUESTS, propertyId);
        if (scope.isEmpty()) {
            return new Preview<>(0, List.of());
        }
        return Preview.of(listQuery(scope, RequestStatus.OPEN).setMaxResults(first).getResultList(), first,
                () -> count(propertyId, RequestStatus.OPEN));
    }

    /**
     * Add New Request: the request, with the next number and its files, in one transaction; the property's account owner
     * and operations manager are told.
     *
     * @throws BusinessException with words for the customer when a field or a file will not do (nothing is saved)
     */
    public ServiceRequest create(NewRequest form, List<Upload> files) {
        access.scope(Section.REQUESTS, null);
        if (form.propertyId() == null || !access.caller().isLinkedTo(form.propertyId())) {
            throw new BusinessException("Choose one of your properties.");
        }
        String subject = required(form.subject(), "a subject", MAX_SUBJECT);
        String description = required(form.description(), "what the request is about", MAX_TEXT);
        attachments.check(files);
        Contact contact = access.currentContact();
        Instant now = Instant.now();
        ServiceRequest request = new ServiceRequest(numbers.next(), em.find(Property.class, form.propertyId()), contact, subject, description,
                form.priority() == null ? Priority.NORMAL : form.priority(), now);
        em.persist(request);
        attachments.attach(request, null, files, now);
        audit.record(contact.actor(), "REQUEST_CREATED", "ServiceRequest", request.getId(), request.getTitle()
                + (files.isEmpty() ? "" : "; files: " + files.size()));
        for (StaffUser staff : RequestMails.propertyStaff(request)) {
            outbox.queue(RequestMails.created(staff, request, staffLink(request)), "request:" + request.getId());
        }
        return request;
    }

    /** Whether these files may be attached (number, sizes, types), as they arrive, before Submit checks them again. */
    public void checkFiles(List<Upload> files) {
        attachments.check(files);
    }

    /** One request, if it is at one of the caller's properties; its comments and files load when read. */
    public ServiceRequest request(long id) {
        access.scope(Section.REQUESTS, null);
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null) {
            throw new NotFoundException("Request");
        }
        access.requireLinked(request.getProperty(), "Request");
        return request;
    }

    /** Add Comment, on an open request; the staff of the property are told. */
    public RequestComment comment(long requestId, String text, List<Upload> files) {
        ServiceRequest request = request(requestId);
        // the comment changes the request (its changedAt): lock it as staff's replies do, or one of two would fail
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        request.requireOpen();
        String body = required(text, "your comment", MAX_TEXT);
        attachments.check(files);
        Contact contact = access.currentContact();
        Instant now = Instant.now();
        RequestComment comment = request.addComment(contact, body, now);
        em.persist(comment);
        attachments.attach(null, comment, files, now);
        audit.record(contact.actor(), "REQUEST_COMMENTED", "ServiceRequest", request.getId(), request.getDisplayNumber()
                + (files.isEmpty() ? "" : "; files: " + files.size()));
        for (StaffUser staff : RequestMails.propertyStaff(request)) {
            outbox.queue(RequestMails.commented(staff.getName(), staff.getEmail(), request, comment, staffLink(request)),
                    "request:" + request.getId());
        }
        return comment;
    }

    /** A file of one of the caller's requests or of their comments. */
    public Attachment attachment(long id) {
        access.scope(Section.REQUESTS, null);
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            throw new NotFoundException("File");
        }
        access.requireLinked(attachment.owningRequest().getProperty(), "File");
        return attachment;
    }

    /** Writes one of the caller's files to {@code out}, a part at a time. */
    public void copyAttachment(long id, OutputStream out) throws IOException {
        attachments.copy(attachment(id), out);
    }

    static String required(String value, String what, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new BusinessException("Enter " + what + ".");
        }
        if (text.length() > max) {
            throw new BusinessException("That is too long: at most " + max + " characters.");
        }
        return text;
    }

    private String staffLink(ServiceRequest request) {
        return baseUrl + "/staff/request.xhtml?id=" + request.getId();
    }

    private TypedQuery<RequestRow> listQuery(PropertyScope scope, RequestStatus status) {
        return em.createNamedQuery("ServiceRequest.rowsOfStatusInScope", RequestRow.class)
                .setParameter("properties", scope.propertyIds())
                .setParameter("status", status);
    }
}
