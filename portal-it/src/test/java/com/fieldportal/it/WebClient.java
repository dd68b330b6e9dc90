package com.fieldportal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP, for what a browser hides: status codes, headers, cookies. Keeps its cookies like a browser. */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Portal.URL + path)).GET().build());
    }

    /** Signs in through the sign-in form, as the browser would post it. */
    public void signIn(String email, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No sign-in form: " + page.body());
        }
        HttpResponse<String> response = post("/login.xhtml", Map.of(
                "signIn", "signIn",
                "signIn:email", email,
                "signIn:password", password,
                "signIn:signInButton", "",
                "jakarta.faces.ViewState", viewState.group(1)));
        if (response.statusCode() != 302) {
            throw new AssertionError("Sign-in of " + email + " failed: " + response.statusCode());
        }
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Portal.URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
