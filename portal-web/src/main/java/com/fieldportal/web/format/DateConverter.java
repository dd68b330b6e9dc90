package com.fieldportal.web.format;

import com.fieldportal.shared.Formats;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** converter="#{date}": dates the way the deployment's locale writes them (see Formats). Output only. */
@Named("date")
@ApplicationScoped
public class DateConverter implements Converter<LocalDate> {

    @Inject
    Formats formats;

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : formats.date(value);
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("converter=#{date} only writes dates; read them with a date picker");
    }
}
