package com.code2asin.support;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The plain-HTTP port speaks HTTP/1.1 only. A request asking to upgrade to cleartext HTTP/2 ({@code Upgrade: h2c},
 * what Java's HttpClient sends by default) is held whole in memory by the upgrade before any handler or body limit
 * sees it: a 120 MB upload sent that way ran job-api out of a 96 MB heap. With the upgrade off, such a request is
 * served as HTTP/1.1, streamed and cut at the body limit. HTTP/2 over TLS (negotiated by ALPN) is not concerned;
 * behind the gateway, pods are reached over HTTP/1.1.
 */
@ApplicationScoped
public class PlainHttpWithoutUpgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
