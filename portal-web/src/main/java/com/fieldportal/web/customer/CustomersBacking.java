package com.fieldportal.web.customer;

import com.fieldportal.customer.AccountRow;
import com.fieldportal.customer.CustomerDirectory;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Customers in the staff console: search accounts by name, number or a contact's e-mail address. */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

    @EJB
    CustomerDirectory directory;

    private String query;

    private final PagedModel<AccountRow> accounts = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return directory.countAccounts(query);
        }

        @Override
        public List<AccountRow> rows(int first, int size) {
            return directory.accounts(query, first, size);
        }
    }, AccountRow::id);

    public PagedModel<AccountRow> getAccounts() {
        return accounts;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
