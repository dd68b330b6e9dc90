package com.fieldportal.web.signin;

import com.fieldportal.configuration.ConfigurationEditor;
import com.fieldportal.configuration.ConfigurationForm;
import com.fieldportal.customer.AccountRow;
import com.fieldportal.customer.CustomerDirectory;
import com.fieldportal.signin.BulkInvitation;
import com.fieldportal.signin.Invitations;
import com.fieldportal.web.Messages;
import com.fieldportal.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk invitations, for admins: the invitation mail (part of the configuration), the accounts to invite, and the
 * progress and summary of the run.
 */
@Named
@ViewScoped
public class BulkInvitationsBacking implements Serializable {

    @EJB
    ConfigurationEditor editor;

    @EJB
    CustomerDirectory directory;

    @EJB
    Invitations invitations;

    private ConfigurationForm template;
    private String query;
    private List<AccountRow> selected = new ArrayList<>();
    private String bulkId;
    private BulkInvitation progress;

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

    @PostConstruct
    void load() {
        template = editor.load();
    }

    public void saveTemplate() {
        editor.save(template);
        template = editor.load();
        Messages.info("The invitation mail is saved.");
    }

    public void start() {
        progress = invitations.inviteAll(selected.stream().map(AccountRow::id).toList());
        bulkId = progress.getId();
    }

    /** p:poll, while a run goes on. */
    public void refresh() {
        if (bulkId != null) {
            progress = invitations.bulkProgress(bulkId);
        }
    }

    public boolean isRunning() {
        return progress != null && !progress.isFinished();
    }

    public ConfigurationForm getTemplate() {
        return template;
    }

    public PagedModel<AccountRow> getAccounts() {
        return accounts;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<AccountRow> getSelected() {
        return selected;
    }

    public void setSelected(List<AccountRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public BulkInvitation getProgress() {
        return progress;
    }
}
