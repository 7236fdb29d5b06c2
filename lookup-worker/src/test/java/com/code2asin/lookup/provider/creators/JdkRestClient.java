package com.code2asin.lookup.provider.creators;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * The Quarkus REST client can only be built inside a running Quarkus application, so plain JUnit tests call the
 * provider's REST client interfaces through this stand-in: a JDK HttpClient driven by the same JAX-RS annotations
 * ({@code @Path}, {@code @POST}, {@code @Consumes}, {@code @Produces}, {@code @HeaderParam}, {@code @FormParam},
 * {@code @ClientHeaderParam}), failing like the Quarkus client does (WebApplicationException for a status of 400 or
 * more, ProcessingException when the server cannot be reached).
 */
final class JdkRestClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private JdkRestClient() {
    }

    static <T> T create(Class<T> api, URI base) {
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class
                        ? method.invoke(api.getName(), args)
                        : call(api, base, method, args == null ? new Object[0] : args)));
    }

    private static Uni<Object> call(Class<?> api, URI base, Method method, Object[] args) throws IOException {
        String path = path(api.getAnnotation(Path.class)) + path(method.getAnnotation(Path.class));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + path))
                .timeout(Duration.ofSeconds(5));
        ClientHeaderParam fixed = api.getAnnotation(ClientHeaderParam.class);
        if (fixed != null) {
            request.header(fixed.name(), String.join(",", fixed.value()));
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces != null) {
            request.header("Accept", String.join(",", produces.value()));
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        List<String> form = new ArrayList<>();
        Object entity = null;
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < args.length; i++) {
            HeaderParam header = find(annotations[i], HeaderParam.class);
            FormParam formParam = find(annotations[i], FormParam.class);
            if (header != null) {
                if (args[i] != null) {
                    request.header(header.value(), args[i].toString());
                }
            } else if (formParam != null) {
                if (args[i] != null) {
                    form.add(encode(formParam.value()) + "=" + encode(args[i].toString()));
                }
            } else {
                entity = args[i];
            }
        }
        String body = formParamsOrJson(form, entity);
        if (consumes != null) {
            request.header("Content-Type", consumes.value()[0]);
        }
        if (method.isAnnotationPresent(POST.class)) {
            request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.GET();
        }
        Type answer = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
        return Uni.createFrom().completionStage(() -> HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()))
                .onFailure().transform(f -> {
                    Throwable cause = f instanceof CompletionException && f.getCause() != null ? f.getCause() : f;
                    return new ProcessingException(cause.toString(), cause);
                })
                .map(response -> {
                    if (response.statusCode() >= 400) {
                        throw new WebApplicationException(new StubResponse(response));
                    }
                    try {
                        return Fixtures.JSON.readValue(response.body(), Fixtures.JSON.constructType(answer));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String formParamsOrJson(List<String> form, Object entity) throws IOException {
        if (!form.isEmpty()) {
            return String.join("&", form);
        }
        return entity == null ? "" : Fixtures.JSON.writeValueAsString(entity);
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    /** The received error response: status, headers and a body readable as JSON. */
    private static final class StubResponse extends Response {

        private final HttpResponse<String> response;

        StubResponse(HttpResponse<String> response) {
            this.response = response;
        }

        @Override
        public int getStatus() {
            return response.statusCode();
        }

        @Override
        public StatusType getStatusInfo() {
            return Status.fromStatusCode(response.statusCode());
        }

        @Override
        public String getHeaderString(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public <T> T readEntity(Class<T> entityType) {
            try {
                return entityType == String.class ? entityType.cast(response.body())
                        : Fixtures.JSON.readValue(response.body(), entityType);
            } catch (IOException e) {
                throw new ProcessingException(e);
            }
        }

        @Override
        public Object getEntity() {
            return response.body();
        }

        @Override
        public boolean hasEntity() {
            return !response.body().isEmpty();
        }

        @Override
        public MultivaluedMap<String, Object> getMetadata() {
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
            return headers;
        }

        @Override
        public MultivaluedMap<String, String> getStringHeaders() {
            MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
            return headers;
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
            return readEntity(entityType);
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean bufferEntity() {
            return true;
        }

        @Override
        public void close() {
        }

        @Override
        public MediaType getMediaType() {
            return response.headers().firstValue("Content-Type").map(MediaType::valueOf).orElse(null);
        }

        @Override
        public Locale getLanguage() {
            return null;
        }

        @Override
        public int getLength() {
            return response.body().length();
        }

        @Override
        public Set<String> getAllowedMethods() {
            return Set.of();
        }

        @Override
        public Map<String, NewCookie> getCookies() {
            return Map.of();
        }

        @Override
        public EntityTag getEntityTag() {
            return null;
        }

        @Override
        public Date getDate() {
            return null;
        }

        @Override
        public Date getLastModified() {
            return null;
        }

        @Override
        public URI getLocation() {
            return null;
        }

        @Override
        public Set<Link> getLinks() {
            return Set.of();
        }

        @Override
        public boolean hasLink(String relation) {
            return false;
        }

        @Override
        public Link getLink(String relation) {
            return null;
        }

        @Override
        public Link.Builder getLinkBuilder(String relation) {
            return null;
        }
    }
}
