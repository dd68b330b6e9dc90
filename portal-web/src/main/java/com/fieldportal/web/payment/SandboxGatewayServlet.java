package com.fieldportal.web.payment;

import com.fieldportal.configuration.ConfigurationService;
import com.fieldportal.payment.GatewayChoice;
import com.fieldportal.payment.sandbox.FieldError;
import com.fieldportal.payment.sandbox.SandboxFields;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sandbox processor's hosted fields, served from its own path as a real processor serves them from its own
 * domain: /sandbox-gateway/fields?type=card|ach is the form framed in Manage Payment Methods, and
 * /sandbox-gateway/tokens takes what was typed and answers a token (or which field is wrong). The numbers are
 * neither logged nor stored. Gone (404) unless the sandbox is the gateway in use and payments are on.
 */
@WebServlet({"/sandbox-gateway/fields", "/sandbox-gateway/tokens"})
public class SandboxGatewayServlet extends HttpServlet {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

    @Inject
    GatewayChoice gateway;

    @EJB
    SandboxFields sandbox;

    @EJB
    ConfigurationService configuration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!available() || !request.getServletPath().endsWith("/fields")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean bank = "ach".equals(request.getParameter("type"));
        response.setHeader("Content-Security-Policy", POLICY);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(bank ? page(BANK_FIELDS, "bank", "Save bank account") : page(CARD_FIELDS, "card", "Save card"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!available() || !request.getServletPath().endsWith("/tokens")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        try {
            String token = "bank".equals(request.getParameter("kind"))
                    ? sandbox.tokenizeBankAccount(request.getParameter("holder"), request.getParameter("routing"),
                            request.getParameter("account"), request.getParameter("accountType"))
                    : sandbox.tokenizeCard(request.getParameter("name"), request.getParameter("number"), request.getParameter("expiry"),
                            request.getParameter("cvc"), request.getParameter("postalCode"));
            response.getWriter().write(Json.createObjectBuilder().add("token", token).build().toString());
        } catch (FieldError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(Json.createObjectBuilder().add("field", e.field()).add("error", e.getMessage()).build().toString());
        }
    }

    private boolean available() {
        return gateway.isSandbox() && configuration.settings().electronicPayments();
    }

    private static String page(String fields, String kind, String button) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sandbox payment processor</title>
                <link rel="stylesheet" href="fields.css"></head>
                <body><p class="sandbox-note">Sandbox payment processor: test numbers only, no money moves.</p>
                <form id="fields" novalidate><input type="hidden" name="kind" value="%s">%s
                <p id="problem" role="alert"></p><button id="save" type="submit">%s</button></form>
                <script src="fields.js"></script></body></html>
                """.formatted(kind, fields, button);
    }

    private static final String CARD_FIELDS = """
            <label for="name">Name on card</label>
            <input id="name" name="name" autocomplete="cc-name" maxlength="100" required aria-describedby="name-error">
            <p id="name-error" class="field-error"></p>
            <label for="number">Card number</label>
            <input id="number" name="number" autocomplete="cc-number" inputmode="numeric" maxlength="23" required aria-describedby="number-error">
            <p id="number-error" class="field-error"></p>
            <div class="row">
            <div><label for="expiry">Expiry (MM/YY)</label>
            <input id="expiry" name="expiry" autocomplete="cc-exp" inputmode="numeric" maxlength="7" placeholder="MM/YY" required aria-describedby="expiry-error">
            <p id="expiry-error" class="field-error"></p></div>
            <div><label for="cvc">CVC</label>
            <input id="cvc" name="cvc" autocomplete="cc-csc" inputmode="numeric" maxlength="4" required aria-describedby="cvc-error">
            <p id="cvc-error" class="field-error"></p></div>
            <div><label for="postalCode">Billing ZIP</label>
            <input id="postalCode" name="postalCode" autocomplete="postal-code" maxlength="10" required aria-describedby="postalCode-error">
            <p id="postalCode-error" class="field-error"></p></div>
            </div>""";

    private static final String BANK_FIELDS = """
            <label for="holder">Account holder</label>
            <input id="holder" name="holder" autocomplete="name" maxlength="100" required aria-describedby="holder-error">
            <p id="holder-error" class="field-error"></p>
            <div class="row">
            <div><label for="routing">Routing number</label>
            <input id="routing" name="routing" inputmode="numeric" maxlength="9" required aria-describedby="routing-error">
            <p id="routing-error" class="field-error"></p></div>
            <div><label for="account">Account number</label>
            <input id="account" name="account" inputmode="numeric" maxlength="17" required aria-describedby="account-error">
            <p id="account-error" class="field-error"></p></div>
            </div>
            <label for="accountType">Account type</label>
            <select id="accountType" name="accountType" aria-describedby="accountType-error">
            <option value="checking">Checking</option><option value="savings">Savings</option></select>
            <p id="accountType-error" class="field-error"></p>""";
}
