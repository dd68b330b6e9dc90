package com.fieldportal.web.request;

import com.fieldportal.request.RequestService;
import com.fieldportal.request.RequestStatus;
import com.fieldportal.request.ServiceRequest;
import com.fieldportal.web.Pages;
import com.fieldportal.web.ViewParams;
import com.fieldportal.web.layout.PropertyFilter;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The request list with its Show filter (Open, Closed), newest first. */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    @EJB
    RequestService requests;
    @Inject
    PropertyFilter filter;

    private String show = RequestStatus.OPEN.name();
    private List<ServiceRequest> rows;

    public void load() {
        RequestStatus choice = ViewParams.choice(show, RequestStatus.OPEN);
        show = choice.name();
        rows = requests.requests(filter.getPropertyId(), choice);
    }

    public RequestStatus[] getChoices() {
        return RequestStatus.values();
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public void showChanged() throws IOException {
        Pages.reload();
    }

    public List<ServiceRequest> getRows() {
        return rows;
    }
}
