package com.code2asin.jobs.repository;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Many rows written by one statement: each column travels as one {@code text[]} parameter and
 * {@code unnest(...) AS v(...)} turns them back into rows, each value cast to its column's SQL type. One round trip,
 * and one pass of the table's statement triggers, however many rows.
 */
final class UnnestRows {

    private final List<String[]> columns;

    /** Columns as "name sqltype", in the order of every row's values. */
    UnnestRows(List<String> columns) {
        this.columns = columns.stream().map(c -> c.split(" ")).toList();
    }

    /** {@code unnest(CAST(?1 AS text[]), ...) AS v(name, ...)}. */
    String source() {
        return "unnest(" + IntStream.rangeClosed(1, columns.size()).mapToObj(k -> "CAST(?" + k + " AS text[])")
                .collect(Collectors.joining(", ")) + ") AS v(" + names() + ")";
    }

    /** The column names, comma-separated. */
    String names() {
        return columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
    }

    /** {@code v.name::type, ...}: the rows' values as their columns' types. */
    String values() {
        return columns.stream().map(c -> "v." + c[0] + "::" + c[1]).collect(Collectors.joining(", "));
    }

    /** {@code name = v.name::type, ...} for every column but the first (the key the rows are matched on). */
    String assignments() {
        return columns.stream().skip(1).map(c -> c[0] + " = v." + c[0] + "::" + c[1])
                .collect(Collectors.joining(", "));
    }

    /** Runs {@code sql} (built from this) with the rows, each its values in column order as text; rows changed. */
    Uni<Integer> execute(Mutiny.Session session, String sql, List<String[]> rows) {
        String[][] byColumn = new String[columns.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < byColumn.length; c++) {
                byColumn[c][i] = rows.get(i)[c];
            }
        }
        var query = session.createNativeQuery(sql);
        for (int c = 0; c < byColumn.length; c++) {
            query.setParameter(c + 1, byColumn[c]);
        }
        return query.executeUpdate();
    }
}
