package com.code2asin.jobs.rest.dto;

/** A page as an offset and a size (see {@link PageParams}), and the meta it is answered with. */
public record PageRequest(int offset, int limit) {

    public PageMeta meta(long total) {
        int page = offset / limit + 1;
        int totalPages = (int) ((total + limit - 1) / limit);
        return new PageMeta(total, page, limit, totalPages, offset + limit < total, offset > 0);
    }
}
