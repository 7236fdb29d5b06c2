package com.code2asin.simulator.catalog;

import java.util.List;

/** Invented brands and the words generated titles are made of. */
final class Vocabulary {

    static final List<String> BRANDS = List.of("Nordvik", "Lumora", "Kestrel", "Voltaro", "Brixley", "Sundra",
            "Arcalis", "Monteluce", "Hartwell", "Zephyra", "Orbisco", "Tallinor", "Quenby", "Vasetti", "Pellmark",
            "Ruvana", "Celvora", "Duskline", "Fennick", "Gravitas Home", "Ivory Lane", "Jorvik Tools", "Kairo",
            "Lindqvist", "Maribel", "Nexora", "Oakhaven", "Pinecrest", "Rhenwald", "Solvane");

    static final List<String> COMPANY_SUFFIXES = List.of("", " GmbH", " Ltd", " SAS", " S.r.l.", " Inc.", " S.L.");

    static final List<String> COLORS = List.of("Black", "White", "Graphite", "Silver", "Navy Blue", "Forest Green",
            "Sand", "Coral Red", "Slate Grey", "Sky Blue", "Mustard Yellow", "Rose");

    private Vocabulary() {
    }
}
