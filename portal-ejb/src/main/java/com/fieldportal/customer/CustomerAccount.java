package com.fieldportal.customer;

import com.fieldportal.audit.Changes;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A customer of the contractor: an HOA, a property manager, a facility owner. */
@Entity
@Table(name = "customer_account")
@NamedQuery(name = "CustomerAccount.byExternalId", query = "SELECT a FROM CustomerAccount a WHERE a.externalId = :externalId")
/* The staff console's search: by name or number, or by a contact's e-mail address. */
@NamedQuery(name = "CustomerAccount.search", query = """
        SELECT NEW com.fieldportal.customer.AccountRow(a.id, a.accountNumber, a.name, a.active)
        FROM CustomerAccount a
        WHERE LOWER(a.name) LIKE :query OR LOWER(a.accountNumber) LIKE :query
           OR EXISTS (SELECT c FROM Contact c WHERE c.account = a AND c.email LIKE :query)
        ORDER BY a.name, a.id""")
@NamedQuery(name = "CustomerAccount.countSearch", query = """
        SELECT COUNT(a) FROM CustomerAccount a
        WHERE LOWER(a.name) LIKE :query OR LOWER(a.accountNumber) LIKE :query
           OR EXISTS (SELECT c FROM Contact c WHERE c.account = a AND c.email LIKE :query)""")
public class CustomerAccount extends BaseEntity implements ExternallyKnown {

    @Column(name = "external_id")
    private String externalId;
    @Column(name = "account_number")
    private String accountNumber;
    private String name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
        @AttributeOverride(name = "region", column = @Column(name = "billing_region")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code"))
    })
    private Address billingAddress;

    private boolean active = true;

    protected CustomerAccount() {
    }

    public CustomerAccount(String externalId, String accountNumber, String name, Address billingAddress) {
        this.externalId = externalId;
        this.accountNumber = accountNumber;
        this.name = name;
        this.billingAddress = billingAddress;
    }

    /** The back office sends the account again; returns what changed. */
    public Changes revise(String accountNumber, String name, Address billingAddress, boolean active) {
        Changes changes = new Changes().field("accountNumber", this.accountNumber, accountNumber).field("name", this.name, name)
                .field("billingAddress", Address.describe(this.billingAddress), Address.describe(billingAddress))
                .field("active", this.active, active);
        this.accountNumber = accountNumber;
        this.name = name;
        this.billingAddress = billingAddress;
        this.active = active;
        return changes;
    }

    public String getName() {
        return name;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String getExternalId() {
        return externalId;
    }
}
