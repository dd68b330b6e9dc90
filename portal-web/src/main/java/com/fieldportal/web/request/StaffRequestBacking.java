package com.fieldportal.web.request;

import com.fieldportal.request.Priority;
import com.fieldportal.request.RequestDesk;
import com.fieldportal.request.ServiceRequest;
import com.fieldportal.request.Upload;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/** One request in the staff console: its history, a reply with files, priority, close or reopen, and linked proposals. */
@Named
@ViewScoped
public class StaffRequestBacking extends FormWithFiles {

    @EJB
    RequestDesk desk;

    private String id;
    private ServiceRequest request;
    private String reply;
    private Priority priority;
    private String proposalNumber;

    /** f:viewAction */
    public void load() {
        request = desk.request(ViewParams.id(id, "Request"));
        priority = request.getPriority();
    }

    @Override
    protected void check(List<Upload> chosen) {
        desk.checkFiles(chosen);
    }

    public void sendReply() {
        act(() -> {
            desk.reply(request.getId(), reply, files.list());
            files.clear();
            reply = null;
        }, "Your reply is added; the customer is told by e-mail.");
    }

    public void priorityChanged() {
        act(() -> desk.changePriority(request.getId(), priority), "The priority is now " + priority.getLabel() + ".");
    }

    public void close() {
        act(() -> desk.close(request.getId()), "Request " + request.getDisplayNumber() + " is closed.");
    }

    public void reopen() {
        act(() -> desk.reopen(request.getId()), "Request " + request.getDisplayNumber() + " is open again.");
    }

    public void link() {
        act(() -> {
            desk.link(request.getId(), proposalNumber);
            proposalNumber = null;
        }, "The proposal is associated with the request.");
    }

    /** Does it, says so (or why not), and shows the request as it now is. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
        request = desk.request(request.getId());
        priority = request.getPriority();
    }


    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getProposalNumber() {
        return proposalNumber;
    }

    public void setProposalNumber(String proposalNumber) {
        this.proposalNumber = proposalNumber;
    }
}
