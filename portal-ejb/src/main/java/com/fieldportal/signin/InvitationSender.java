package com.fieldportal.signin;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.AuditLog;
import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.customer.Contact;
import com.fieldportal.notification.Outbox;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.shared.Tokens;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one invitation: a link to choose a first password (valid seven days; older links of the login are
 * spent), in the mail the admin wrote. Each in a transaction of its own, so that a bulk invitation goes on
 * past one that fails.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.API_WRITE})
public class InvitationSender {

    /** What became of one contact of a bulk invitation. */
    public enum Outcome {
        SENT, SKIPPED
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    AuditLog audit;

    @EJB
    ConfigurationService configuration;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/portal")
    String baseUrl;

    /**
     * @param onlyIfWaiting true for a bulk invitation: a contact already invited, with a password, or not active is skipped
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome inviteContact(long contactId, Actor by, boolean onlyIfWaiting) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null) {
            throw new NotFoundException("Contact");
        }
        if (onlyIfWaiting && (!contact.isWaitingForInvitation() || !contact.isActive())) {
            return Outcome.SKIPPED;
        }
        invite(contact, by);
        return Outcome.SENT;
    }

    /** Invites a contact within the caller's transaction: the back office creates and invites in one call, or neither. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void inviteWith(Contact contact, Actor by) {
        invite(contact, by);
    }

    private void invite(Contact contact, Actor by) {
        send(contact.getEmail(), contact.getName(), contact.getAccount().getName(), "Contact", contact.getId(), by);
        contact.invite(Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void inviteStaff(long staffId, Actor by) {
        StaffUser user = em.find(StaffUser.class, staffId);
        if (user == null) {
            throw new NotFoundException("Staff user");
        }
        send(user.getEmail(), user.getName(), configuration.settings().title(), "StaffUser", user.getId(), by);
    }

    private void send(String email, String name, String company, String recordType, long id, Actor by) {
        Instant now = Instant.now();
        em.createNamedQuery("PasswordResetToken.useAll").setParameter("login", email).setParameter("now", now).executeUpdate();
        String rawToken = Tokens.newToken();
        em.persist(new PasswordResetToken(email, LinkPurpose.INVITATION, rawToken, now, null));
        outbox.queue(configuration.invitationTemplate().compose(email, name, company, baseUrl + "/password/reset.xhtml?token=" + rawToken, rawToken),
                "invitation:" + recordType + ":" + id);
        audit.record(by, "INVITATION_SENT", recordType, id, "to " + email);
    }
}
