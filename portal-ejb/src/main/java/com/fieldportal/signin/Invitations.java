package com.fieldportal.signin;

import com.fieldportal.audit.Actor;
import com.fieldportal.audit.AuditLog;
import com.fieldportal.audit.Changes;
import com.fieldportal.customer.Contact;
import com.fieldportal.security.Roles;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.EmailAddress;
import com.fieldportal.staff.SignedInStaff;
import com.fieldportal.staff.StaffRole;
import com.fieldportal.staff.StaffUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Inviting people to the portal: a contact (again, if need be), every not yet invited contact of some accounts
 * at once, or a new staff user. The mail carries a link to choose a first password (see {@link InvitationSender}).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class Invitations {

    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());
    /** Bulk invitations under way or finished in this server, for their progress bars. */
    private static final Map<String, BulkInvitation> BULK = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @EJB
    InvitationSender sender;

    @EJB
    AuditLog audit;

    @Inject
    SignedInStaff staff;

    @Resource
    SessionContext context;

    /** Invites the contact, or invites it again: earlier links stop working. */
    public void inviteContact(long contactId) {
        sender.inviteContact(contactId, staff.actor(), false);
    }

    /**
     * Invites every contact of these accounts who has not been invited yet and has no password. Runs in the
     * background; {@link #bulkProgress} says how far it got.
     */
    @RolesAllowed(Roles.ADMIN)
    public BulkInvitation inviteAll(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            throw new BusinessException("Choose at least one customer account.");
        }
        List<Long> contactIds = em.createNamedQuery("Contact.ofAccounts", Contact.class).setParameter("accounts", accountIds)
                .getResultList().stream().map(Contact::getId).toList();
        BulkInvitation bulk = new BulkInvitation(UUID.randomUUID().toString(), contactIds.size());
        BULK.put(bulk.getId(), bulk);
        context.getBusinessObject(Invitations.class).send(bulk, contactIds, staff.actor());
        return bulk;
    }

    @RolesAllowed(Roles.ADMIN)
    public BulkInvitation bulkProgress(String id) {
        BulkInvitation bulk = BULK.get(id);
        if (bulk == null) {
            throw new BusinessException("That bulk invitation is not known here (the server may have restarted).");
        }
        return bulk;
    }

    @Asynchronous
    @RolesAllowed(Roles.ADMIN)
    public void send(BulkInvitation bulk, List<Long> contactIds, Actor by) {
        for (long contactId : contactIds) {
            try {
                bulk.count(sender.inviteContact(contactId, by, true));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Invitation of contact " + contactId + " failed", e);
                bulk.countFailure();
            }
        }
        bulk.finish();
    }

    /** A new staff user, invited to choose a password. */
    @RolesAllowed(Roles.ADMIN)
    public long inviteNewStaff(String name, String email, String phone, boolean admin) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("Enter the staff user's name.");
        }
        String login = EmailAddress.require(email);
        boolean taken = !em.createNamedQuery("StaffUser.byEmail", StaffUser.class).setParameter("email", login).getResultList().isEmpty()
                || !em.createNamedQuery("Contact.byEmail", Contact.class).setParameter("email", login).getResultList().isEmpty();
        if (taken) {
            throw new BusinessException(login + " already signs in to the portal.");
        }
        StaffUser user = new StaffUser(name.strip(), login, phone == null || phone.isBlank() ? null : phone.strip(),
                admin ? EnumSet.of(StaffRole.STAFF, StaffRole.ADMIN) : EnumSet.of(StaffRole.STAFF));
        em.persist(user);
        em.flush();
        audit.record(staff.actor(), "STAFF_USER_ADDED", "StaffUser", user.getId(),
                new Changes().field("email", null, login).field("admin", null, admin).toString());
        sender.inviteStaff(user.getId(), staff.actor());
        return user.getId();
    }

    @RolesAllowed(Roles.ADMIN)
    public void inviteStaffAgain(long staffId) {
        sender.inviteStaff(staffId, staff.actor());
    }
}
