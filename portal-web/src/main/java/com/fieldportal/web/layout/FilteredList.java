package com.fieldportal.web.layout;

import com.fieldportal.web.Pages;
import com.fieldportal.web.ViewParams;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A list page with a Show drop-down (All / Due / Paid and the like). The choice is a URL parameter
 * (?show=DUE), so that it survives reloads and the property filter; unknown values fall back to the default.
 *
 * @param <C> the choices of the drop-down
 * @param <T> the rows
 */
public abstract class FilteredList<C extends Enum<C>, T> implements Serializable {

    @Inject
    PropertyFilter filter;

    private final C defaultChoice;
    private String show;
    private List<T> rows;

    protected FilteredList(C defaultChoice) {
        this.defaultChoice = defaultChoice;
        this.show = defaultChoice.name();
    }

    /** The rows for the chosen property (null: all of the contact's) and choice. */
    protected abstract List<T> find(Long propertyId, C choice);

    /** f:viewAction */
    public void load() {
        C choice = ViewParams.choice(show, defaultChoice);
        show = choice.name();
        rows = find(filter.getPropertyId(), choice);
    }

    public void showChanged() throws IOException {
        Pages.reload();
    }

    public C[] getChoices() {
        return defaultChoice.getDeclaringClass().getEnumConstants();
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public List<T> getRows() {
        return rows;
    }
}
