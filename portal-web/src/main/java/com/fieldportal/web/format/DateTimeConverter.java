package com.fieldportal.web.format;

import com.fieldportal.shared.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** converter="#{dateTime}": moments (sign-ins, audit events, mails) in the deployment's locale. Output only. */
@Named("dateTime")
@ApplicationScoped
public class DateTimeConverter implements Converter<Instant> {

    @Inject
    Formats formats;

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : formats.dateTime(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("converter=#{dateTime} only writes moments");
    }
}
