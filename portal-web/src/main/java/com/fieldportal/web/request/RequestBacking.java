package com.fieldportal.web.request;

import com.fieldportal.request.RequestService;
import com.fieldportal.request.ServiceRequest;
import com.fieldportal.request.Upload;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.web.Messages;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.PrimeFaces;

/** View Request, with its history, and Add Comment (text and files). Another account's request is "not found". */
@Named
@ViewScoped
public class RequestBacking extends FormWithFiles {

    @EJB
    RequestService requests;

    private String id;
    private ServiceRequest request;
    private String comment;

    /** f:viewAction */
    public void load() {
        request = requests.request(ViewParams.id(id, "Request"));
    }

    @Override
    protected void check(List<Upload> chosen) {
        requests.checkFiles(chosen);
    }

    public void addComment() {
        try {
            requests.comment(request.getId(), comment, files.list());
            files.clear();
            comment = null;
            request = requests.request(request.getId());
            Messages.info("Your comment is added. We let the property's staff know.");
            PrimeFaces.current().ajax().addCallbackParam("added", true);
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
