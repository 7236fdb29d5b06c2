package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The pagination parameters of every list, in either style: {@code skip}/{@code limit} or {@code page}/
 * {@code per_page}. Read as text, so that a wrong one is answered by a 400 that names it and its range.
 */
public class PageParams {

    /** The deepest entry a list is read from: far past any job (1,000,000 codes) or log, and an int still. */
    public static final int DEEPEST = 1_000_000_000;

    @RestQuery
    @Parameter(description = "entries to skip (0 to 1,000,000,000)", schema = @Schema(type = SchemaType.INTEGER))
    String skip;

    @RestQuery
    @Parameter(description = "entries per page with skip", schema = @Schema(type = SchemaType.INTEGER))
    String limit;

    @RestQuery
    @Parameter(description = "page number, from 1", schema = @Schema(type = SchemaType.INTEGER))
    String page;

    @RestQuery("per_page")
    @Parameter(description = "entries per page with page", schema = @Schema(type = SchemaType.INTEGER))
    String perPage;

    public PageParams() {
    }

    /** The offset and size asked for; {@code defaultSize} when none is given, at most {@code max} a page. */
    public PageRequest request(int defaultSize, int max) {
        if (page != null || perPage != null) {
            int size = WholeNumber.of("per_page", perPage, defaultSize, 1, max);
            int number = WholeNumber.of("page", page, 1, 1, DEEPEST / size + 1,
                    " with per_page " + size + " (a list is read at most " + DEEPEST + " entries deep)");
            return new PageRequest((number - 1) * size, size);
        }
        int size = WholeNumber.of("limit", limit, defaultSize, 1, max);
        int offset = WholeNumber.of("skip", skip, 0, 0, DEEPEST, " (a list is read at most that deep)");
        return new PageRequest(offset, size);
    }
}
