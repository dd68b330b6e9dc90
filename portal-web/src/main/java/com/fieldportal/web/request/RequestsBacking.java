package com.fieldportal.web.request;

import com.fieldportal.request.RequestRow;
import com.fieldportal.request.RequestService;
import com.fieldportal.request.RequestStatus;
import com.fieldportal.web.layout.FilteredList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/** The request list: Show Open (default) or Closed, newest first, a page at a time. */
@Named
@ViewScoped
public class RequestsBacking extends FilteredList<RequestStatus, RequestRow> {

    @EJB
    RequestService requests;

    public RequestsBacking() {
        super(RequestStatus.OPEN, RequestRow::id);
    }

    @Override
    protected long count(Long propertyId, RequestStatus choice) {
        return requests.count(propertyId, choice);
    }

    @Override
    protected List<RequestRow> find(Long propertyId, RequestStatus choice, int first, int size) {
        return requests.requests(propertyId, choice, first, size);
    }
}
