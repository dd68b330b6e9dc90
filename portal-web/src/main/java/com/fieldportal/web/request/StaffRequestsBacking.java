package com.fieldportal.web.request;

import com.fieldportal.request.Priority;
import com.fieldportal.request.RequestDesk;
import com.fieldportal.request.RequestInbox;
import com.fieldportal.request.RequestStatus;
import com.fieldportal.request.StaffRequestRow;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The staff's request inbox: every customer's requests, open or closed, by priority, found by number, subject or name. */
@Named
@ViewScoped
public class StaffRequestsBacking implements Serializable {

    @EJB
    RequestDesk desk;

    private final RequestInbox inbox = new RequestInbox();

    private final PagedModel<StaffRequestRow> requests = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return desk.count(inbox);
        }

        @Override
        public List<StaffRequestRow> rows(int first, int size) {
            return desk.requests(inbox, first, size);
        }
    }, StaffRequestRow::id);

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public RequestInbox getInbox() {
        return inbox;
    }

    public PagedModel<StaffRequestRow> getRequests() {
        return requests;
    }
}
