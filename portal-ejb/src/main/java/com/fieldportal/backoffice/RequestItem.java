package com.fieldportal.backoffice;

import com.fieldportal.request.Priority;
import com.fieldportal.request.RequestStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A service request with its comments and files, as it stands now.")
public record RequestItem(
        @Schema(example = "10880") long id,
        @Schema(example = "R-1042") String number,
        @Schema(description = "The property's external id.", example = "PROP-7") String property,
        @Schema(example = "Clubhouse") String propertyName,
        @Schema(example = "pat@example.com") String createdBy,
        @Schema(example = "Broken sprinkler head") String subject,
        @Schema(example = "By the north gate.") String description,
        @Schema(example = "HIGH") Priority priority,
        @Schema(example = "OPEN") RequestStatus status,
        @Schema(example = "2026-03-02T08:00:00Z") Instant createdAt,
        @Schema(example = "2026-03-02T10:15:00Z") Instant completedAt,
        @Schema(example = "2026-03-02T10:15:00Z") Instant changedAt,
        List<File> attachments,
        List<Comment> comments) {

    @Schema(description = "A comment on a request, by the customer or by staff.")
    public record Comment(@Schema(example = "10881") long id, @Schema(example = "Sam Sales") String author,
                          @Schema(example = "true") boolean byStaff, @Schema(example = "Fixed this morning.") String text,
                          @Schema(example = "2026-03-02T10:15:00Z") Instant createdAt, List<File> attachments) {
    }

    @Schema(description = "A file of a request or comment; the link answers with its bytes to the same API key.")
    public record File(@Schema(example = "10882") long id, @Schema(example = "gate.jpg") String fileName,
                             @Schema(example = "image/jpeg") String contentType, @Schema(example = "48213") long size,
                             @Schema(description = "Relative to /portal/api/v1/.", example = "attachments/10882") String link) {
    }
}
