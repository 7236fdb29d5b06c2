package com.code2asin.jobs.intake;

import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.model.code.CodeParser;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of a file holds what, decided from its first rows. A first row naming its columns (English or French,
 * accents and case aside) is a header; so is a first row of words above rows of codes. The code column is the one
 * named like a code, else the one whose cells are valid codes most often; without a header, a column of ASINs is
 * the ASIN, the others have no name and are not kept.
 */
record ColumnLayout(boolean header, int code, int productId, int productName, int brand, int asin, int sku,
                    int price, int quantity, int condition) {

    static final Set<String> CODE_NAMES = Set.of("ean", "ean13", "ean8", "upc", "upca", "gtin", "gtin13", "gtin14",
            "isbn", "isbn13", "isbn10", "jan", "code", "codes", "barcode", "codebarre", "codebarres", "codeean",
            "eancode", "gencod", "productean", "codeproduit", "codeupc", "codegtin");
    private static final Map<String, Set<String>> EXTRA_NAMES = Map.of(
            "productId", Set.of("productid", "id", "reference", "ref", "idproduit", "referenceinterne", "itemid"),
            "productName", Set.of("name", "productname", "title", "nom", "designation", "libelle", "nomproduit",
                    "description", "titre"),
            "brand", Set.of("brand", "marque", "fabricant", "manufacturer"),
            "asin", Set.of("asin", "amazonasin", "asinamazon"),
            "sku", Set.of("sku", "sellersku", "skuvendeur", "articlenumber", "numeroarticle"),
            "price", Set.of("price", "prix", "prixht", "prixttc", "unitprice", "prixunitaire", "cost", "cout"),
            "quantity", Set.of("quantity", "qty", "quantite", "qte", "stock"),
            "condition", Set.of("condition", "itemcondition", "conditiontype", "etat", "etatproduit"));
    private static final Pattern ASIN = Pattern.compile("B0[0-9A-Z]{8}");
    private static final Pattern CODE_LIKE = Pattern.compile("\\s*(\\d[\\d\\s-]{5,}\\d|\\d[.,]\\d+[eE]\\+?\\d+)\\s*");

    static ColumnLayout of(List<List<String>> sample) {
        List<String> first = sample.get(0);
        List<String> names = first.stream().map(ColumnLayout::normalise).toList();
        int namedCode = indexOf(names, CODE_NAMES);
        boolean named = namedCode >= 0 || names.stream().anyMatch(n -> EXTRA_NAMES.values().stream()
                .anyMatch(s -> s.contains(n)));
        List<List<String>> data = sample.subList(1, sample.size());
        boolean wordsOverCodes = validCodes(List.of(first)).values().stream().allMatch(n -> n == 0)
                && first.stream().anyMatch(c -> !c.isBlank() && !c.matches("[\\d\\s.,+-]+"))
                && validCodes(data).values().stream().anyMatch(n -> n > 0);
        boolean header = named || wordsOverCodes;
        List<List<String>> rows = header ? data : sample;
        int code = namedCode >= 0 ? namedCode : mostCodes(rows);
        if (code < 0) {
            code = mostCodeLike(rows); // codes that are all broken (check digits, lost digits) are still the codes
        }
        if (code < 0) {
            throw new InvalidException(header
                    ? "no code column found: name it ean, upc, gtin, isbn, code or barcode (found columns " + first + ")"
                    : "no column of the first rows holds a valid EAN, UPC, GTIN, ISBN or JAN code: check the file "
                    + "holds barcodes, one per row (first row: " + first + ")");
        }
        if (!header) {
            return new ColumnLayout(false, code, -1, -1, -1, asinColumn(rows, code), -1, -1, -1, -1);
        }
        return new ColumnLayout(true, code, indexOf(names, EXTRA_NAMES.get("productId")),
                indexOf(names, EXTRA_NAMES.get("productName")), indexOf(names, EXTRA_NAMES.get("brand")),
                indexOf(names, EXTRA_NAMES.get("asin")), indexOf(names, EXTRA_NAMES.get("sku")),
                indexOf(names, EXTRA_NAMES.get("price")), indexOf(names, EXTRA_NAMES.get("quantity")),
                indexOf(names, EXTRA_NAMES.get("condition")));
    }

    IntakeRow toRow(int rowNumber, List<String> cells) {
        String value = get(cells, code);
        return new IntakeRow(rowNumber, value == null ? "" : value, get(cells, productId), get(cells, productName),
                get(cells, brand), get(cells, asin), get(cells, sku), get(cells, price), get(cells, quantity),
                get(cells, condition));
    }

    static String normalise(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The column with the most valid codes (the first of equals); -1 when no column has any. */
    private static int mostCodes(List<List<String>> rows) {
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : validCodes(rows).entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && bestCount > 0 && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static Map<Integer, Integer> validCodes(List<List<String>> rows) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                counts.merge(c, CodeParser.parse(row.get(c)).isValid() ? 1 : 0, Integer::sum);
            }
        }
        return counts;
    }

    /** The column whose cells look most like barcodes, valid or not: digits, spaces and dashes, or 3.76E+12. */
    private static int mostCodeLike(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int best = -1;
        long bestCount = 0;
        for (int c = 0; c < width; c++) {
            int column = c;
            long count = rows.stream().filter(r -> column < r.size() && CODE_LIKE.matcher(r.get(column)).matches())
                    .count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /** A headerless file's ASIN column: the first other column whose filled cells mostly look like ASINs. */
    private static int asinColumn(List<List<String>> rows, int code) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < width; c++) {
            if (c == code) {
                continue;
            }
            int column = c;
            long filled = rows.stream().filter(r -> column < r.size() && !r.get(column).isBlank()).count();
            long asins = rows.stream().filter(r -> column < r.size()
                    && ASIN.matcher(r.get(column).strip().toUpperCase(Locale.ROOT)).matches()).count();
            if (filled > 0 && asins * 2 >= filled) {
                return c;
            }
        }
        return -1;
    }

    private static int indexOf(List<String> names, Set<String> wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String get(List<String> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
