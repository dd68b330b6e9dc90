package com.fieldportal.request;

import com.fieldportal.shared.Like;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** What the staff's request inbox is filtered by: open or closed, a priority, and text (number, subject, property, customer). */
public class RequestInbox implements Serializable {

    private RequestStatus status = RequestStatus.OPEN;
    private Priority priority;
    private String text;

    List<Priority> priorities() {
        return priority == null ? List.of(Priority.values()) : List.of(priority);
    }

    String textPattern() {
        return Like.anywhere(text);
    }

    /** The request number typed ("R-1042" or "1042"); -1 when the text is not one. */
    long number() {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        value = value.startsWith("R-") ? value.substring(2) : value;
        return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status == null ? RequestStatus.OPEN : status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
