package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.InvalidException;

/** Either pagination style of the API ({@code skip}/{@code limit} or {@code page}/{@code per_page}) as an offset. */
public record PageRequest(int offset, int limit) {

    public static PageRequest of(Integer skip, Integer limit, Integer page, Integer perPage, int defaultSize, int max) {
        if (page != null || perPage != null) {
            int size = perPage == null ? defaultSize : perPage;
            int number = page == null ? 1 : page;
            check(number >= 1, "page starts at 1");
            check(size >= 1 && size <= max, "per_page must be between 1 and " + max);
            return new PageRequest((number - 1) * size, size);
        }
        int size = limit == null ? defaultSize : limit;
        int offset = skip == null ? 0 : skip;
        check(offset >= 0, "skip cannot be negative");
        check(size >= 1 && size <= max, "limit must be between 1 and " + max);
        return new PageRequest(offset, size);
    }

    public PageMeta meta(long total) {
        int page = offset / limit + 1;
        int totalPages = (int) ((total + limit - 1) / limit);
        return new PageMeta(total, page, limit, totalPages, offset + limit < total, offset > 0);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new InvalidException(message);
        }
    }
}
