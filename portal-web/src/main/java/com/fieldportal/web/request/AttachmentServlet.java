package com.fieldportal.web.request;

import com.fieldportal.request.Attachment;
import com.fieldportal.request.RequestDesk;
import com.fieldportal.request.RequestService;
import com.fieldportal.shared.NotFoundException;
import com.fieldportal.web.ViewParams;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A request's files: /attachment?id= for the contact whose request it is (another account's file is "not found"), and
 * /staff/attachment?id= for staff. The file comes as a download (images shown in place with &amp;inline=true), or an
 * image's small copy with &amp;thumbnail=true.
 * Every answer carries nosniff (SecurityHeadersFilter) and the type told from the file's bytes.
 */
@WebServlet({"/attachment", "/staff/attachment"})
public class AttachmentServlet extends HttpServlet {

    @EJB
    RequestService requests;

    @EJB
    RequestDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment file;
        long id;
        try {
            id = ViewParams.id(request.getParameter("id"), "File");
            file = staff(request) ? desk.attachment(id) : requests.attachment(id);
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        if ("true".equals(request.getParameter("thumbnail")) && file.getThumbnail() != null) {
            // thumbnails are written anew as PNG (with transparency) or JPEG
            response.setContentType(file.getThumbnail()[0] == (byte) 0x89 ? "image/png" : "image/jpeg");
            response.setContentLength(file.getThumbnail().length);
            response.getOutputStream().write(file.getThumbnail());
            return;
        }
        boolean inline = file.isImage() && "true".equals(request.getParameter("inline"));
        response.setContentType(file.getContentType());
        response.setContentLengthLong(file.getSize());
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        if (staff(request)) {
            desk.copyAttachment(id, response.getOutputStream());
        } else {
            requests.copyAttachment(id, response.getOutputStream());
        }
    }

    private static boolean staff(HttpServletRequest request) {
        return request.getServletPath().startsWith("/staff/");
    }
}
