package com.fieldportal.web.api;

import com.fieldportal.backoffice.BulkItem;
import com.fieldportal.backoffice.BulkUpserts;
import com.fieldportal.backoffice.FieldError;
import com.fieldportal.backoffice.InvalidDocument;
import com.fieldportal.backoffice.Problem;
import com.fieldportal.backoffice.Refusal;
import com.fieldportal.backoffice.UnknownReferences;
import com.fieldportal.shared.BusinessException;
import com.fieldportal.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every failure of an API call as a problem body: what the caller can fix, said plainly; never a stack trace. */
final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Problem of(BusinessException e) {
        if (e instanceof NotFoundException) {
            return Problem.of(404, "not-found", "Not found", e.getMessage());
        }
        Refusal refusal = Refusal.of(e);
        int status = BulkItem.statusOf(refusal);
        return switch (refusal) {
            case INVALID -> Problem.of(status, "invalid-document", "The document is not valid", e.getMessage())
                    .withErrors(((InvalidDocument) e).errors());
            case UNKNOWN_REFERENCE -> Problem.of(status, "unknown-reference", "The document refers to records the portal does not have",
                    e.getMessage()).withUnknown(((UnknownReferences) e).references());
            case CONFLICT -> Problem.of(status, "conflict", "The record cannot change that way", e.getMessage());
            case RULE -> Problem.of(status, "refused", "A rule refused the document", e.getMessage());
        };
    }

    @Provider
    public static class BusinessExceptions implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            return Problems.response(of(e));
        }
    }

    /** Bean Validation of a document (its fields, by their JSON paths). */
    @Provider
    public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream().map(FieldError::of)
                    .sorted(Comparator.comparing(FieldError::field)).toList();
            return Problems.response(of(new InvalidDocument(errors)));
        }
    }

    /** JSON that does not parse, or does not fit the document: a wrong type, an unknown field. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<ProcessingException> {

        private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?", Pattern.CASE_INSENSITIVE);
        private static final Pattern UNKNOWN = Pattern.compile("Json property '?([A-Za-z0-9_]+)'? can not be mapped|Unknown propert(?:y|ies)[^A-Za-z0-9_']*'?([A-Za-z0-9_]+)");

        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof WebApplicationException answered) {
                    return answered.getResponse(); // the size cap, met while the JSON was being read
                }
            }
            Throwable cause = e;
            while (cause != null && !(cause instanceof JsonbException) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return Problems.response(of(new InvalidDocument(List.of(fieldOf(cause)))));
        }

        /** Yasson says in its messages which property it could not read; only that much is passed on. */
        private static FieldError fieldOf(Throwable cause) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = cause; t != null && messages.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
                messages.append(t.getMessage()).append(' ');
            }
            Matcher unknown = UNKNOWN.matcher(messages);
            if (unknown.find()) {
                String name = unknown.group(1) != null ? unknown.group(1) : unknown.group(2);
                return new FieldError(name.strip(), "is not a field of this document");
            }
            Matcher property = PROPERTY.matcher(messages);
            if (property.find()) {
                return new FieldError(property.group(1), "has the wrong type or format");
            }
            return new FieldError("", "is not valid JSON for this document");
        }
    }

    /** A key without the scope the service asks for. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problems.response(Problem.of(403, "forbidden", "The API key may not do this", "This key may only read."));
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method or media type), as problems too. */
    @Provider
    public static class HttpFailures implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                return Unexpected.logged(e);
            }
            if (status == 400) {
                return Problems.response(of(new InvalidDocument(List.of(new FieldError("", "send the document as JSON")))));
            }
            Response.ResponseBuilder answer = Response.fromResponse(
                    Problems.response(Problem.of(status, "http-" + status, original.getStatusInfo().getReasonPhrase(), e.getMessage())));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
            return answer.build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        @Override
        public Response toResponse(RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof BusinessException business) {
                    return Problems.response(of(business));
                }
            }
            if (BulkUpserts.isConcurrentChange(e)) {
                return Problems.response(Problem.of(409, "concurrent-change", "Changed by another call at the same moment",
                        "Another call (or a customer) changed or created the same record meanwhile; nothing of this document was stored. "
                                + "Send it again."));
            }
            return logged(e);
        }

        static Response logged(Exception e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "API call failed, incident " + incident, e);
            return Problems.response(Problem.of(500, "internal", "The portal could not answer",
                    "Nothing of the document was stored. Tell the portal's administrator incident " + incident + "."));
        }
    }
}
