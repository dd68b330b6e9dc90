package com.fieldportal.web.format;

import com.fieldportal.shared.Formats;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** converter="#{money}": every amount on every page, in the deployment's currency and locale (see Formats). Output only. */
@Named("money")
@ApplicationScoped
public class MoneyConverter implements Converter<BigDecimal> {

    @Inject
    Formats formats;

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : formats.money(value);
    }

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("converter=#{money} only writes amounts; read them with an input number field");
    }
}
