package com.fieldportal.customer;

import com.fieldportal.audit.Changes;
import com.fieldportal.audit.Actor;
import com.fieldportal.audit.ActorType;
import com.fieldportal.security.Credentials;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import com.fieldportal.shared.BusinessException;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** A portal user: a person of a customer account, linked to some of the account's properties. */
@Entity
@Table(name = "contact")
@NamedQuery(name = "Contact.byEmail", query = "SELECT c FROM Contact c WHERE c.email = :email")
@NamedQuery(name = "Contact.ofAccount", query = "SELECT c FROM Contact c WHERE c.account.id = :account ORDER BY c.name, c.id")
@NamedQuery(name = "Contact.ofAccounts", query = "SELECT c FROM Contact c WHERE c.account.id IN :accounts ORDER BY c.account.id, c.id")
/* One statement for everything a request needs to know about the signed-in contact (see SignedInContact). */
@NamedQuery(name = "Contact.identity", query = """
        SELECT c.id, c.name, c.active, a.id, a.active, c.credentials.sessionEpoch, p.id, p.name, p.active, pa.id
        FROM Contact c JOIN c.account a LEFT JOIN c.linkedProperties p LEFT JOIN p.account pa
        WHERE c.email = :email ORDER BY p.name, p.id""")
public class Contact extends BaseEntity implements ExternallyKnown {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_account_id")
    private CustomerAccount account;

    private String name;
    private String email;
    private String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_role", joinColumns = @JoinColumn(name = "contact_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);

    @ManyToMany
    @JoinTable(name = "contact_property",
            joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "property_id"))
    private Set<Property> linkedProperties = new HashSet<>();

    @Embedded
    private Credentials credentials = new Credentials();

    private boolean active = true;

    @Column(name = "invited_at")
    private Instant invitedAt;

    /** The back office's id, for contacts it sent. */
    @Column(name = "external_id")
    private String externalId;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(CustomerAccount account, String name, String email, String phone, Set<ContactRole> roles) {
        this.account = account;
        this.name = name;
        this.email = EmailAddress.require(email);
        this.phone = phone;
        this.roles = EnumSet.copyOf(roles);
    }

    public void linkTo(Property property) {
        if (!property.getAccount().isSameAs(account)) {
            throw new BusinessException("A contact can only be linked to properties of its own customer account.");
        }
        linkedProperties.add(property);
    }

    public void unlinkFrom(Property property) {
        linkedProperties.removeIf(property::isSameAs);
    }

    /**
     * The back office sends the contact again: who they are, their roles, and which properties they see (all of
     * their own account). Returns what changed.
     */
    public Changes revise(String name, String email, String phone, Set<ContactRole> roles, Set<Property> properties, boolean active) {
        String login = EmailAddress.require(email);
        Changes changes = new Changes().field("name", this.name, name).field("email", this.email, login).field("phone", this.phone, phone)
                .field("roles", new TreeSet<>(this.roles).toString(), new TreeSet<>(roles).toString())
                .field("properties", namesOf(linkedProperties), namesOf(properties))
                .field("active", this.active, active);
        this.name = name;
        this.email = login;
        this.phone = phone;
        this.roles = EnumSet.copyOf(roles);
        linkedProperties.removeIf(linked -> properties.stream().noneMatch(linked::isSameAs));
        properties.forEach(this::linkTo);
        if (active != this.active) {
            if (active) {
                reactivate();
            } else {
                deactivate();
            }
        }
        return changes;
    }

    private static String namesOf(Set<Property> properties) {
        return properties.stream().map(Property::getName).sorted().toList().toString();
    }

    public void knownAs(String externalId) {
        this.externalId = externalId;
    }

    public void invite(Instant at) {
        this.invitedAt = at;
    }

    /** No sign-in any more, and every session ends at its next request. */
    public void deactivate() {
        active = false;
        credentials.endSessions();
    }

    public void reactivate() {
        active = true;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    /** Never invited, and no password yet: what a bulk invitation is for. */
    public boolean isWaitingForInvitation() {
        return invitedAt == null && !credentials.hasPassword();
    }

    public Set<Property> getLinkedProperties() {
        return Set.copyOf(linkedProperties);
    }

    /** Its own flag, whatever the account's. */
    public boolean isActiveFlag() {
        return active;
    }

    public CustomerAccount getAccount() {
        return account;
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

    public Set<ContactRole> getRoles() {
        return Set.copyOf(roles);
    }

    public Credentials credentials() {
        return credentials;
    }

    /** A contact of an inactive account cannot sign in either. */
    public boolean isActive() {
        return active && account.isActive();
    }

    public Actor actor() {
        return new Actor(ActorType.CONTACT, getId(), email);
    }

    @Override
    public String getExternalId() {
        return externalId;
    }
}
