package com.fieldportal.web.layout;

import com.fieldportal.web.Pages;
import com.fieldportal.web.ViewParams;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A customer's list page with a Show drop-down (All / Due / Paid and the like), a page of rows at a time. The choice
 * is a URL parameter (?show=DUE), so that it survives reloads and the property filter; unknown values fall back to the
 * default. The rows follow the property filter.
 *
 * @param <C> the choices of the drop-down
 * @param <T> the rows
 */
public abstract class FilteredList<C extends Enum<C>, T> implements Serializable {

    @Inject
    PropertyFilter filter;

    private final C defaultChoice;
    private String show;
    private C choice;
    private final PagedModel<T> rows;

    protected FilteredList(C defaultChoice, PagedModel.Key<T> key) {
        this.defaultChoice = defaultChoice;
        this.show = defaultChoice.name();
        this.choice = defaultChoice;
        this.rows = new PagedModel<>(new PagedModel.Source<>() {
            @Override
            public long count() {
                return FilteredList.this.count(filter.getPropertyId(), choice);
            }

            @Override
            public List<T> rows(int first, int size) {
                return find(filter.getPropertyId(), choice, first, size);
            }
        }, key);
    }

    /** How many rows there are for the chosen property (null: all of the contact's) and choice. */
    protected abstract long count(Long propertyId, C choice);

    /** A page of those rows. */
    protected abstract List<T> find(Long propertyId, C choice, int first, int size);

    /** f:viewAction */
    public void load() {
        choice = ViewParams.choice(show, defaultChoice);
        show = choice.name();
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

    public PagedModel<T> getRows() {
        return rows;
    }
}
