package com.fieldportal.staff;

import com.fieldportal.audit.Changes;
import com.fieldportal.audit.Actor;
import com.fieldportal.audit.ActorType;
import com.fieldportal.security.Credentials;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import com.fieldportal.shared.ConflictException;
import com.fieldportal.shared.EmailAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** The contractor's people: account owners, operations managers, sales reps and admins. */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = "StaffUser.byEmail", query = "SELECT s FROM StaffUser s WHERE s.email = :email")
@NamedQuery(name = "StaffUser.all", query = "SELECT s FROM StaffUser s ORDER BY s.active DESC, s.name")
/* Admins who can sign in: active, with a password. */
@NamedQuery(name = "StaffUser.adminsWhoCanSignIn", query = """
        SELECT COUNT(s) FROM StaffUser s WHERE s.active = true AND s.credentials.passwordHash IS NOT NULL
        AND com.fieldportal.staff.StaffRole.ADMIN MEMBER OF s.roles""")
@NamedQuery(name = "StaffUser.identity", query = """
        SELECT NEW com.fieldportal.staff.StaffIdentity(s.id, s.name, s.email, s.active, s.credentials.sessionEpoch)
        FROM StaffUser s WHERE s.email = :email""")
public class StaffUser extends BaseEntity implements ExternallyKnown {

    private String name;
    private String email;
    private String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Embedded
    private Credentials credentials = new Credentials();

    private boolean active = true;

    /** The back office's id, for staff users it sent. */
    @Column(name = "external_id")
    private String externalId;

    protected StaffUser() {
    }

    public StaffUser(String name, String email, String phone, Set<StaffRole> roles) {
        this.name = name;
        this.email = EmailAddress.require(email);
        this.phone = phone;
        this.roles = EnumSet.copyOf(roles);
    }

    /** The back office sends the staff user again (never their roles: admins are made in the staff console). */
    public Changes revise(String name, String email, String phone, boolean active) {
        String login = EmailAddress.require(email);
        Changes changes = new Changes().field("name", this.name, name).field("email", this.email, login).field("phone", this.phone, phone)
                .field("active", this.active, active);
        if (isAdmin() && !changes.isEmpty()) {
            throw new ConflictException(this.email + " is an admin: admins are changed in the staff console only.");
        }
        this.name = name;
        this.email = login;
        this.phone = phone;
        if (active != this.active) {
            if (active) {
                reactivate();
            } else {
                deactivate();
            }
        }
        return changes;
    }

    /** The staff user's sign-in, or null for none: how changes name them in the audit log. */
    public static String emailOf(StaffUser user) {
        return user == null ? null : user.getEmail();
    }

    public void knownAs(String externalId) {
        this.externalId = externalId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Set<StaffRole> getRoles() {
        return Set.copyOf(roles);
    }

    public Credentials credentials() {
        return credentials;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isAdmin() {
        return roles.contains(StaffRole.ADMIN);
    }

    /** Every staff user is STAFF; ADMIN is added or taken away. */
    public void makeAdmin(boolean admin) {
        roles = admin ? EnumSet.of(StaffRole.STAFF, StaffRole.ADMIN) : EnumSet.of(StaffRole.STAFF);
        credentials.endSessions();
    }

    /** No sign-in any more, and every session ends at its next request. */
    public void deactivate() {
        active = false;
        credentials.endSessions();
    }

    public void reactivate() {
        active = true;
    }

    public Actor actor() {
        return new Actor(ActorType.STAFF, getId(), email);
    }

    @Override
    public String getExternalId() {
        return externalId;
    }
}
