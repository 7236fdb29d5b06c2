package com.code2asin.jobs.rest.dto;

import java.util.List;

/** A page of a list: {@code items} + {@code meta}. */
public record Paged<T>(List<T> items, PageMeta meta) {
}
