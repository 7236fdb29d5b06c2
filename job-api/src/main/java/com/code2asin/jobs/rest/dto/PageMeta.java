package com.code2asin.jobs.rest.dto;

/** Pagination facts returned beside every list ({@code meta}). */
public record PageMeta(long total, int page, int perPage, int totalPages, boolean hasNext, boolean hasPrevious) {
}
