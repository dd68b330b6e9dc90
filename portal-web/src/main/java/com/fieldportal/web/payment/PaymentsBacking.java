package com.fieldportal.web.payment;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.configuration.Section;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Manage Payment Methods: there only when the contractor has switched electronic payments on. */
@Named
@RequestScoped
public class PaymentsBacking {

    @EJB
    ConfigurationService configuration;

    public void load() {
        configuration.requireShown(Section.ELECTRONIC_PAYMENTS);
    }
}
