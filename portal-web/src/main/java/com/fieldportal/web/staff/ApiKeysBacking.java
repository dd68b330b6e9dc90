package com.fieldportal.web.staff;

import com.fieldportal.backoffice.ApiKeyRow;
import com.fieldportal.backoffice.ApiKeys;
import com.fieldportal.backoffice.ApiScope;
import com.fieldportal.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The back office's API keys, for admins: create one (its token is shown this once), revoke one. */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    @EJB
    ApiKeys keys;

    private List<ApiKeyRow> rows;

    @NotBlank(message = "Name the key after the system that will use it.")
    @Size(max = 100, message = "At most 100 characters.")
    private String name;
    @NotNull(message = "Choose what the key may do.")
    private ApiScope scope = ApiScope.READ;
    @NotNull(message = "Enter the requests per minute.")
    @Min(value = 1, message = "At least 1.")
    @Max(value = 100_000, message = "At most 100,000.")
    private Integer requestsPerMinute = 600;
    /** The new key's token, shown until the page is left. */
    private String token;

    @PostConstruct
    void load() {
        rows = keys.all();
    }

    public void create() {
        token = keys.create(name, scope, requestsPerMinute);
        Messages.info("Key " + name + " is created. Copy it now: it will not be shown again.");
        name = null;
        load();
    }

    public void revoke(ApiKeyRow row) {
        keys.revoke(row.id());
        Messages.info("Key " + row.name() + " is revoked: calls with it are refused from now on.");
        token = null;
        load();
    }

    public List<ApiKeyRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiScope getScope() {
        return scope;
    }

    public void setScope(ApiScope scope) {
        this.scope = scope;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public String getToken() {
        return token;
    }
}
