package com.code2asin.support.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes a service's OpenAPI document with what its code implies but cannot annotate once: the problem answers
 * every operation of a kind can give ({@link CommonProblems}) and the properties every answer carries
 * ({@link RequiredUnlessNullable}). Set as {@code mp.openapi.filter} by each service that serves an API.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(org.eclipse.microprofile.openapi.OASFactory.createComponents());
        }
        CommonProblems.addTo(api);
        if (api.getComponents().getSchemas() != null) {
            RequiredUnlessNullable.markIn(api);
        }
    }
}
