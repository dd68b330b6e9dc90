package com.fieldportal.web.configuration;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.configuration.Image;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The company logo (/images/logo?v={configuration version}) and carousel slides (/images/slides/{id}?v=…), from
 * the configuration.
 */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    /** Only raster images are served as images; anything else would be a way to put a page on our origin. */
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    @EJB
    ConfigurationService configuration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Image> image = Optional.empty();
        if (path.equals("/logo")) {
            image = configuration.logo();
        } else if (path.matches("/slides/\\d{1,18}")) {
            image = configuration.slideImage(Long.parseLong(path.substring("/slides/".length())));
        }
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = image.get().contentType();
        response.setContentType(IMAGE_TYPES.contains(type) ? type : "application/octet-stream");
        // an address with ?v= names one version of the image (the configuration's), so it can be kept long
        response.setHeader("Cache-Control", request.getParameter("v") != null ? "public, max-age=31536000, immutable" : "public, max-age=300");
        response.setContentLength(image.get().content().length);
        response.getOutputStream().write(image.get().content());
    }
}
