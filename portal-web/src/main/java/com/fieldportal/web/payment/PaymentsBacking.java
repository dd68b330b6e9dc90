package com.fieldportal.web.payment;

import com.fieldportal.invoice.PaymentType;
import com.fieldportal.payment.HostedFields;
import com.fieldportal.payment.PaymentMethods;
import com.fieldportal.payment.SavedMethod;
import com.fieldportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Manage Payment Methods (there only while electronic payments are on). Adding frames the gateway's own fields;
 * when the customer has filled them in, the page's script puts the token the gateway answered into the form and
 * saves it. Opened from the Pay Invoice dialog (?add=card&amp;invoice=42), it goes back there with the new
 * method chosen.
 */
@Named
@ViewScoped
public class PaymentsBacking implements Serializable {

    @EJB
    PaymentMethods methods;

    private String add;
    private String invoice;
    private List<SavedMethod> saved;
    private PaymentType adding;
    private HostedFields fields;
    private String token;

    /** f:viewAction */
    public void load() {
        saved = methods.methods();
        if (add != null) {
            startAdding(add);
        }
    }

    public void startAdding(String type) {
        adding = "ach".equals(type.toLowerCase(Locale.ROOT)) ? PaymentType.ACH : PaymentType.CARD;
        fields = methods.fields(adding);
    }

    public void cancelAdding() {
        adding = null;
        fields = null;
    }

    public void save() throws IOException {
        SavedMethod method = methods.add(token);
        token = null;
        adding = null;
        if (invoice != null && invoice.matches("\\d{1,18}")) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestContextPath() + "/invoice.xhtml?id=" + invoice + "&pay=" + method.id());
            return;
        }
        Messages.info(method.describe() + " is saved." + (method.preferred() ? " It is your default payment method." : ""));
        saved = methods.methods();
    }

    public void remove(SavedMethod method) {
        methods.remove(method.id());
        Messages.info(method.describe() + " is removed.");
        saved = methods.methods();
    }

    public void makeDefault(SavedMethod method) {
        methods.makeDefault(method.id());
        Messages.info(method.describe() + " is now your default payment method.");
        saved = methods.methods();
    }

    public String getAdd() {
        return add;
    }

    public void setAdd(String add) {
        this.add = add;
    }

    public String getInvoice() {
        return invoice;
    }

    public void setInvoice(String invoice) {
        this.invoice = invoice;
    }

    public List<SavedMethod> getSaved() {
        return saved;
    }

    public PaymentType getAdding() {
        return adding;
    }

    public HostedFields getFields() {
        return fields;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
