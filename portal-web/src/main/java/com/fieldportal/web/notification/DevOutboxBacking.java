package com.fieldportal.web.notification;

import com.fieldportal.notification.Outbox;
import com.fieldportal.notification.OutboxMail;
import com.fieldportal.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dev outbox: the mails the portal would have sent, for a newcomer running the demo without a
 * mail server. Only while portal.mail.transport=dev-outbox, and only to a browser on the same machine.
 */
@Named
@RequestScoped
public class DevOutboxBacking {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final int MAX_MAILS = 50;

    @EJB
    Outbox outbox;

    private List<DevMail> mails;

    public record DevMail(OutboxMail mail, List<String> links) {
    }

    @PostConstruct
    void load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!isLoopback(request.getRemoteAddr())) {
            throw new NotFoundException("This page");
        }
        mails = outbox.devOutbox(MAX_MAILS).stream()
                .map(m -> new DevMail(m, LINK.matcher(m.getText()).results().map(r -> r.group()).toList()))
                .toList();
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public List<DevMail> getMails() {
        return mails;
    }
}
