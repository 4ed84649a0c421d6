package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON over HTTP to one OpenSearch node, with the JDK's client: what a Nutgraf user's own code does
 * with the bodies of {@link org.nutgraf.opensearch.OpenSearchQueryTranslator}. Every call waits at
 * most a minute; a status of 300 or more fails with the method, path, status and body.
 */
final class Rest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;

  /** A client of the node at {@code base}, e.g. {@code http://127.0.0.1:9200}. */
  Rest(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  String base() {
    return base;
  }

  JsonNode get(String path) {
    return send("GET", path, null, "application/json");
  }

  JsonNode put(String path, Object body) {
    return send("PUT", path, body.toString(), "application/json");
  }

  JsonNode post(String path, Object body) {
    return send("POST", path, body.toString(), "application/json");
  }

  /** A bulk request: {@code ndjson} is its lines, each ending with a newline. */
  JsonNode bulk(String path, String ndjson) {
    return send("POST", path, ndjson, "application/x-ndjson");
  }

  /** Deletes, ignoring a 404 (nothing to delete). */
  void delete(String path) {
    HttpResponse<String> r = exchange("DELETE", path, null, "application/json");
    if (r.statusCode() >= 300 && r.statusCode() != 404) {
      throw failure("DELETE", path, r);
    }
  }

  /** A DELETE with a JSON body (closing a point in time). */
  JsonNode deleteWithBody(String path, String body) {
    return send("DELETE", path, body, "application/json");
  }

  /** The raw response text of a POST, for readers that take JSON text. */
  String postText(String path, String body) {
    HttpResponse<String> r = exchange("POST", path, body, "application/json");
    if (r.statusCode() >= 300) {
      throw failure("POST", path, r);
    }
    return r.body();
  }

  private JsonNode send(String method, String path, String body, String type) {
    HttpResponse<String> r = exchange(method, path, body, type);
    if (r.statusCode() >= 300) {
      throw failure(method, path, r);
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": not JSON: " + r.body(), e);
    }
  }

  private HttpResponse<String> exchange(String method, String path, String body, String type) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(1))
            .header("Content-Type", type);
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + base + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private IllegalStateException failure(String method, String path, HttpResponse<String> r) {
    String text = r.body();
    return new IllegalStateException(
        method
            + " "
            + base
            + path
            + ": HTTP "
            + r.statusCode()
            + ": "
            + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
  }
}
