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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP, for what a browser hides: status codes, headers, cookies. Keeps its cookies like a browser.
 * Made with an address, it plays a client at that address: the test server trusts 127.0.0.1 as its proxy
 * (test.properties) and takes the client's address from X-Forwarded-For.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String clientAddress;

    public WebClient() {
        this(null);
    }

    public WebClient(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the sign-in form, as the browser would post it; fails the test unless it worked. */
    public void signIn(String email, String password) {
        HttpResponse<String> response = trySignIn(email, password);
        if (response.statusCode() != 302) {
            throw new AssertionError("Sign-in of " + email + " failed: " + response.statusCode());
        }
    }

    /** Posts the sign-in form: 302 when signed in, 200 with the sign-in page and its message when not. */
    public HttpResponse<String> trySignIn(String email, String password) {
        return submit("/login.xhtml", "signIn", Map.of("signIn:email", email, "signIn:password", password, "signIn:signInButton", ""));
    }

    /** Loads the page, then posts its form {@code formId} with these fields, its view state and its CSP nonce. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields) {
        return post(path, formOf(get(path), formId, fields.entrySet().stream().toList()));
    }

    /**
     * The fields a browser posts for form {@code formId} of a page already loaded: these (a name may come more than once,
     * as for ticked check boxes), the form's own id, the view state and the CSP nonce.
     */
    public static List<Map.Entry<String, String>> formOf(HttpResponse<String> page, String formId, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> form = new ArrayList<>(fields);
        form.add(Map.entry(formId, formId));
        form.add(Map.entry("jakarta.faces.ViewState", find(VIEW_STATE, page.body(), page.uri().toString())));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.add(Map.entry("primefaces.nonce", nonce.group(1)));
        }
        return form;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form.entrySet().stream().toList());
    }

    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts multipart/form-data: these fields, and these files (name to bytes) all under the part name "files". */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
        String boundary = "----portal-it-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Takes over another client's cookie, as if it were the same browser at another address. */
    public void cookieFrom(WebClient other, String name) {
        other.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .forEach(c -> cookies.getCookieStore().add(URI.create(Portal.URL), c));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.URL + path));
        return clientAddress == null ? request : request.header("X-Forwarded-For", clientAddress);
    }

    private static String find(Pattern pattern, String body, String path) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No form on " + path + ": " + body);
        }
        return matcher.group(1);
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
