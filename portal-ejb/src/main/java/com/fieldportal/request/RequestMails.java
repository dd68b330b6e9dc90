package com.fieldportal.request;

import com.fieldportal.notification.MailMessage;
import com.fieldportal.staff.StaffUser;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** What the staff of a property and the requesting contact are told about a request. Plain text. */
final class RequestMails {

    private RequestMails() {
    }

    /** The staff assigned to the request's property who hear of it: its account owner and operations manager. */
    static Set<StaffUser> propertyStaff(ServiceRequest request) {
        Set<StaffUser> staff = new LinkedHashSet<>();
        Stream.of(request.getProperty().getAccountOwner(), request.getProperty().getOperationsManager())
                .filter(Objects::nonNull).filter(StaffUser::isActive)
                .filter(user -> staff.stream().noneMatch(user::isSameAs)).forEach(staff::add);
        return staff;
    }

    static MailMessage created(StaffUser to, ServiceRequest request, String staffLink) {
        String text = "Hello " + to.getName() + ",\n\n"
                + request.getCreatedBy().getName() + " (" + request.getProperty().getAccount().getName() + ") filed a new request.\n\n"
                + "Request:     " + request.getDisplayNumber() + "\n"
                + "Property:    " + request.getProperty().getName() + ", " + request.getProperty().getAddress().getSingleLine() + "\n"
                + "Subject:     " + request.getSubject() + "\n"
                + "Priority:    " + request.getPriority().getLabel() + "\n"
                + "Attachments: " + request.getAttachments().size() + "\n\n"
                + request.getDescription() + "\n\n"
                + staffLink + "\n";
        return MailMessage.to(to.getEmail(), "New request " + request.getDisplayNumber() + " (" + request.getPriority().getLabel()
                + "): " + request.getSubject(), text, null);
    }

    static MailMessage commented(String toName, String toEmail, ServiceRequest request, RequestComment comment, String link) {
        String text = "Hello " + toName + ",\n\n"
                + comment.getAuthorName() + " commented on request " + request.getTitle() + " (" + request.getProperty().getName() + "):\n\n"
                + comment.getText() + "\n\n"
                + (comment.getAttachments().isEmpty() ? "" : comment.getAttachments().size() + " file(s) attached.\n\n")
                + link + "\n";
        return MailMessage.to(toEmail, "New comment on request " + request.getDisplayNumber() + ": " + request.getSubject(), text, null);
    }
}
