package com.fieldportal.web.error;

import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.web.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what goes wrong in a page into something a user can read, for full requests and ajax alike:
 * records of others and unknown ids become our "not found" page (404), a rule a service refused
 * becomes a message on the page, an expired page is loaded again, and anything else is logged with a
 * reference and shows our error page (500). Never a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    static final String INCIDENT = "portal.incident";
    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            try {
                handle(FacesContext.getCurrentInstance(), exception);
            } catch (IOException e) {
                throw new FacesException("Could not show the error page", e);
            }
        }
        super.handle();
    }

    private void handle(FacesContext faces, Throwable thrown) throws IOException {
        ExternalContext external = faces.getExternalContext();
        Throwable exception = rootCause(thrown);
        if (exception instanceof NotFoundException || exception instanceof EJBAccessException) {
            showErrorPage(faces, 404, "/errors/not-found.xhtml");
        } else if (exception instanceof BusinessException && !external.isResponseCommitted()) {
            Messages.error(exception.getMessage());
        } else if (exception instanceof ViewExpiredException) {
            Messages.infoAfterRedirect("The page had expired, so it was loaded again. Please try once more.");
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            external.redirect(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            faces.responseComplete();
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected error, reference " + incident, thrown);
            external.getRequestMap().put(INCIDENT, incident);
            showErrorPage(faces, 500, "/errors/error.xhtml");
        }
    }

    private static void showErrorPage(FacesContext faces, int status, String page) throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            external.redirect(external.getRequestContextPath() + page);
        } else if (!external.isResponseCommitted()) {
            external.responseReset();
            external.responseSendError(status, null);
        }
        faces.responseComplete();
    }

    /**
     * What went wrong, under the wrappers of Faces, EL and CDI (a bean's @PostConstruct failing arrives as
     * a WeldException): the first of our business exceptions or the like in the chain, else the innermost.
     */
    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (true) {
            if (cause instanceof BusinessException || cause instanceof EJBAccessException || cause instanceof ViewExpiredException
                    || cause.getCause() == null || cause.getCause() == cause) {
                return cause;
            }
            cause = cause.getCause();
        }
    }
}
