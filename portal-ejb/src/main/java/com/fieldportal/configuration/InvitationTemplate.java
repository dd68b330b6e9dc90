package com.fieldportal.configuration;

import com.fieldportal.notification.Html;
import com.fieldportal.notification.MailMessage;

/**
 * The invitation mail the admin wrote (Application Configuration). {name}, {company} and {link} are filled in,
 * as plain text and as HTML (escaped, the link made a link).
 */
public record InvitationTemplate(String subject, String text) {

    public MailMessage compose(String email, String name, String company, String link, String secret) {
        String filledSubject = fill(subject, name, company, link).replaceAll("[\\r\\n]+", " ");
        String plain = fill(text, name, company, link);
        String html = "<p>" + fill(Html.escape(text), Html.escape(name), Html.escape(company),
                "<a href=\"" + Html.escape(link) + "\">" + Html.escape(link) + "</a>")
                .replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
        return new MailMessage(email, null, filledSubject, plain, html, secret);
    }

    private static String fill(String template, String name, String company, String link) {
        return template.replace("{name}", name).replace("{company}", company).replace("{link}", link);
    }
}
