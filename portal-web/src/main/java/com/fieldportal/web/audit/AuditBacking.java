package com.fieldportal.web.audit;

import com.fieldportal.audit.AuditFilter;
import com.fieldportal.audit.AuditRow;
import com.fieldportal.audit.AuditTrail;
import com.fieldportal.shared.Formats;
import com.fieldportal.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit log, for admins: filter by who, what and when; a page at a time; all of it as CSV. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @EJB
    AuditTrail trail;

    @Inject
    Formats formats;

    private final AuditFilter filter = new AuditFilter();

    private final PagedModel<AuditRow> events = new PagedModel<>(new PagedModel.Source<>() {
        @Override
        public long count() {
            return trail.countEvents(filter, formats.zone());
        }

        @Override
        public List<AuditRow> rows(int first, int size) {
            return trail.events(filter, formats.zone(), first, size);
        }
    }, AuditRow::id);

    /** The CSV of what the filter shows now (AuditCsvServlet). */
    public String getExportQuery() {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("who", filter.getWho());
        parameters.put("what", filter.getWhat());
        parameters.put("from", filter.getFrom());
        parameters.put("to", filter.getTo());
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public PagedModel<AuditRow> getEvents() {
        return events;
    }
}
