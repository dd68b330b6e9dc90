package com.fieldportal.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import java.util.logging.Logger;

/** The one place that talks SMTP. Its session is built from {@link MailSettings}. */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());
    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    MailSettings settings;

    private Session session;

    @PostConstruct
    void createSession() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Authenticator authenticator = null;
        if (settings.username().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.username().get();
            String password = settings.password().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    /** @return true when the mail left the portal, false when the dev outbox only keeps it */
    public boolean send(MailMessage mail) throws MessagingException {
        if (settings.isDevOutbox()) {
            LOG.info(() -> "Dev outbox (not sent): to " + mail.to() + ", \"" + mail.subject() + "\"");
            return false;
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        if (mail.cc() != null && !mail.cc().isBlank()) {
            message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(mail.cc()));
        }
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.html() == null) {
            message.setText(mail.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        Transport.send(message);
        return true;
    }
}
