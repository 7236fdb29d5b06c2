package com.code2asin.jobs.service;

import java.util.List;

/** One page of something the tenant has, and how many there are in all. */
public record Listed<T>(List<T> items, long total) {
}
