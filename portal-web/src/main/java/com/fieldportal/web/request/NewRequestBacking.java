package com.fieldportal.web.request;

import com.fieldportal.request.NewRequest;
import com.fieldportal.request.Priority;
import com.fieldportal.request.RequestService;
import com.fieldportal.request.ServiceRequest;
import com.fieldportal.request.Upload;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import com.fieldportal.web.layout.PropertyFilter;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Add New Request: the form, its files (kept in temporary files until Submit), and Submit. */
@Named
@ViewScoped
public class NewRequestBacking extends FormWithFiles {

    @EJB
    RequestService requests;

    @Inject
    PropertyFilter filter;

    private Long propertyId;
    private String subject;
    private Priority priority = Priority.NORMAL;
    private String description;
    private Long filedId;

    /** f:viewAction: the property chosen in the filter, if any, is the default. */
    public void load() {
        propertyId = filter.getPropertyId();
    }

    @Override
    protected void check(List<Upload> chosen) {
        requests.checkFiles(chosen);
    }

    /** Files the request, once: a double click or a resent form finds it filed and shows it. */
    public synchronized String submit() {
        if (filedId != null) {
            return "/request?faces-redirect=true&id=" + filedId;
        }
        try {
            ServiceRequest request = requests.create(new NewRequest(propertyId, subject, priority, description), files.list());
            filedId = request.getId();
            files.clear();
            Messages.infoAfterRedirect("Request " + request.getDisplayNumber() + " is filed. We let the property's staff know.");
            return "/request?faces-redirect=true&id=" + filedId;
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Long getPropertyId() {
        return propertyId;
    }

    public void setPropertyId(Long propertyId) {
        this.propertyId = propertyId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
