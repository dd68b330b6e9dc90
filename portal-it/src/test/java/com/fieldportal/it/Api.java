package com.fieldportal.it;

import com.fieldportal.shared.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** The back office's side of the API: calls with a key, and their JSON read back. */
final class Api {

    static final String BASE = Portal.URL + "/api/v1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Json JSON = new Json();

    private final String key;

    Api(String key) {
        this.key = key;
    }

    /** A key made the way the console makes one, stored behind the portal's back: for tests that are not about keys. */
    static Api newKey(String scope, int requestsPerMinute) {
        String token = "fpk_" + Tokens.newToken();
        Database.update("INSERT INTO api_key (id, name, scope, token_hash, token_prefix, requests_per_minute, created_at, created_by) "
                + "VALUES (nextval('portal_id_seq'), ?, ?, ?, ?, ?, now(), 'ApiIT')", "IT " + scope + " " + token.substring(4, 10), scope,
                Tokens.sha256(token), token.substring(0, 10), requestsPerMinute);
        return new Api(token);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return HTTP.send(authorized(HttpRequest.newBuilder(URI.create(BASE + path)).GET()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The status a POST gets that declares this Content-Length (the client then sends one byte of it, not more). */
    int statusOfPostDeclaring(String path, long length) {
        try (Socket socket = new Socket("localhost", 8080)) {
            socket.getOutputStream().write(("POST " + URI.create(BASE + path).getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + key + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n[")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(authorized(request).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.toType(response.body(), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static String toJson(Object value) {
        return JSON.toJson(value);
    }
}
