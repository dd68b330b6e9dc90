package com.fieldportal.web.audit;

import com.fieldportal.audit.AuditFilter;
import com.fieldportal.audit.AuditRow;
import com.fieldportal.audit.AuditTrail;
import com.fieldportal.shared.Csv;
import com.fieldportal.shared.Formats;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * /staff/admin/audit.csv?who=&amp;what=&amp;from=&amp;to= : the audit log as the filter shows it, streamed. Only admins
 * (web.xml, and AuditTrail itself). Cells a spreadsheet would take for a formula stay text (see Csv).
 */
@WebServlet("/staff/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    @EJB
    AuditTrail trail;

    @Inject
    Formats formats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter = new AuditFilter();
        filter.setWho(request.getParameter("who"));
        filter.setWhat(request.getParameter("what"));
        try {
            filter.setFrom(day(request.getParameter("from")));
            filter.setTo(day(request.getParameter("to")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to are days like 2026-11-30");
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log-" + LocalDate.now() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\ufeff');
        out.print("time,actor type,actor,action,record type,record id,details,address,browser\r\n");
        trail.forEach(filter, formats.zone(), row -> out.print(line(row)));
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static String line(AuditRow row) {
        return Stream.of(String.valueOf(row.at()), row.actorType().name(), row.actorName(), row.action(), row.targetType(),
                        row.targetId() == null ? null : row.targetId().toString(), row.details(), row.ipAddress(), row.userAgent())
                .map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
