package com.code2asin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Real access tokens from the Keycloak realm of the run (users of deploy/local/keycloak/code2asin-realm.json), for
 * the tests and the benches alike: the JDK's HTTP client and Jackson only, so a bench needs nothing of the test tools.
 */
public final class RealmTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmTokens() {
    }

    /** The realm's URL, as the service under test knows it (a token names the address it was asked at). */
    public static String realm() {
        return BackingServices.endpoints().realm();
    }

    /** alice: tenant acme, every role. bob: tenant globex, every role. rita: tenant acme, READ only. */
    public static String token(String user) {
        return token(realm(), "code2asin-cli", user);
    }

    /** The access token of {@code user} (password {@code <user>-pw}) from {@code client} of the realm at {@code realm}. */
    public static String token(String realm, String client, String user) {
        return tokenAnswer(realm, client, user).path("access_token").asText();
    }

    /** Keycloak's answer to the password grant, to look at more than the token (its lifetime...); fails unless 200. */
    public static JsonNode tokenAnswer(String realm, String client, String user) {
        String form = "grant_type=password&client_id=" + encoded(client) + "&username=" + encoded(user)
                + "&password=" + encoded(user + "-pw");
        HttpRequest grant = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> answer = HTTP.send(grant, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + " from " + client + " of " + realm + ": "
                        + answer.statusCode() + " " + answer.body());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak at " + realm + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + realm + " for a token", e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
