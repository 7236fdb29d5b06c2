package com.code2asin.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Holds every rest-assured call of a service's {@code @QuarkusTest}s to the service's reviewed OpenAPI document,
 * {@code openapi/<module>.yaml}: a request or a response the document does not describe (a renamed or extra property,
 * an undocumented status, a wrong type, a null where none is allowed) fails the test. Requests of tests marked
 * {@link OutsideTheContract} are not checked, their responses are. {@code /q/*} (health, metrics, the document itself)
 * is not part of the API, nor is anything outside {@code /api/}. A module without a document serves no API and is not
 * checked.
 */
public final class ContractCheck implements QuarkusTestBeforeEachCallback {

    private static final Path DOCUMENT = Path.of("..", "openapi",
            Path.of("").toAbsolutePath().getFileName() + ".yaml"); // tests run in the module's directory
    private static OpenApiValidationFilter whole;
    private static OpenApiValidationFilter responsesOnly;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!Files.exists(DOCUMENT)) {
            return;
        }
        boolean outside = marked(context.getTestMethod()) || marked(context.getTestMethod().getDeclaringClass());
        RestAssured.replaceFiltersWith(new ApiOnly(outside ? responsesOnly() : whole(), responsesOnly()));
    }

    /** By name: the test may see this annotation through another class loader than this callback. */
    private static boolean marked(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(OutsideTheContract.class.getName()));
    }

    private static synchronized OpenApiValidationFilter whole() {
        if (whole == null) {
            whole = filter(LevelResolver.create().withLevel("validation.request.parameter.query.unexpected",
                    ValidationReport.Level.ERROR));
        }
        return whole;
    }

    private static synchronized OpenApiValidationFilter responsesOnly() {
        if (responsesOnly == null) {
            responsesOnly = filter(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE));
        }
        return responsesOnly;
    }

    private static OpenApiValidationFilter filter(LevelResolver.Builder levels) {
        // rest-assured sets the bearer token after the filters ran: the validator never sees it
        levels.withLevel("validation.request.security", ValidationReport.Level.IGNORE);
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(DOCUMENT.toAbsolutePath().normalize().toUri().toString())
                .withLevelResolver(levels.build())
                .build());
    }

    /**
     * The document describes the service's API, under {@code /api/}: not Quarkus' own {@code /q/*} routes, nor the
     * console's pages, nor calls to Keycloak. The validator cannot read a multipart body: for an upload only the
     * response is checked.
     */
    private record ApiOnly(OpenApiValidationFilter contract, OpenApiValidationFilter responses) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext next) {
            if (URI.create(request.getURI()).getPort() != RestAssured.port || !request.getDerivedPath().startsWith("/api/")) {
                return next.next(request, response);
            }
            return (request.getMultiPartParams().isEmpty() ? contract : responses).filter(request, response, next);
        }
    }
}
