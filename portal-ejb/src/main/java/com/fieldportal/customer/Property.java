package com.fieldportal.customer;

import com.fieldportal.audit.Changes;
import com.fieldportal.shared.ConflictException;
import com.fieldportal.shared.Address;
import com.fieldportal.shared.BaseEntity;
import com.fieldportal.shared.ExternallyKnown;
import com.fieldportal.staff.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A site the contractor serves. Invoices, proposals and requests all belong to one property. */
@Entity
@Table(name = "property")
@NamedQuery(name = "Property.ofAccount", query = "SELECT p FROM Property p WHERE p.account.id = :account ORDER BY p.name, p.id")
public class Property extends BaseEntity implements ExternallyKnown {

    @Column(name = "external_id")
    private String externalId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_account_id")
    private CustomerAccount account;

    private String name;

    @Embedded
    private Address address;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_owner_id")
    private StaffUser accountOwner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operations_manager_id")
    private StaffUser operationsManager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sales_rep_id")
    private StaffUser salesRep;

    private boolean active = true;

    protected Property() {
    }

    public Property(String externalId, CustomerAccount account, String name, Address address) {
        this.externalId = externalId;
        this.account = account;
        this.name = name;
        this.address = address;
    }

    /** The back office sends the property again; it cannot move to another account. Returns what changed. */
    public Changes revise(CustomerAccount account, String name, Address address, StaffUser accountOwner, StaffUser operationsManager,
                          StaffUser salesRep, boolean active) {
        if (!account.isSameAs(this.account)) {
            throw new ConflictException("Property " + this.name + " belongs to another customer account; it cannot move.");
        }
        Changes changes = new Changes().field("name", this.name, name)
                .field("address", Address.describe(this.address), Address.describe(address))
                .field("accountOwner", StaffUser.emailOf(this.accountOwner), StaffUser.emailOf(accountOwner))
                .field("operationsManager", StaffUser.emailOf(this.operationsManager), StaffUser.emailOf(operationsManager))
                .field("salesRep", StaffUser.emailOf(this.salesRep), StaffUser.emailOf(salesRep))
                .field("active", this.active, active);
        this.name = name;
        this.address = address;
        this.active = active;
        assignStaff(accountOwner, operationsManager, salesRep);
        return changes;
    }

    /** "Clubhouse (#1042)": two properties of the same name are not the same property. */
    public static String describe(Property property) {
        return property == null ? null : property.getName() + " (#" + property.getId() + ")";
    }


    /** Who hears about this property's new requests and signed proposals. */
    public void assignStaff(StaffUser accountOwner, StaffUser operationsManager, StaffUser salesRep) {
        this.accountOwner = accountOwner;
        this.operationsManager = operationsManager;
        this.salesRep = salesRep;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Address getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }

    public StaffUser getAccountOwner() {
        return accountOwner;
    }

    public StaffUser getOperationsManager() {
        return operationsManager;
    }

    public StaffUser getSalesRep() {
        return salesRep;
    }

    @Override
    public String getExternalId() {
        return externalId;
    }
}
