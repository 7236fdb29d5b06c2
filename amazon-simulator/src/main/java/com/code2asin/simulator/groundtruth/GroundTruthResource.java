package com.code2asin.simulator.groundtruth;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.catalog.CodeSequence;
import com.code2asin.simulator.catalog.Product;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Ground truth for match-quality benchmarks: CSV {@code code,marketplace,asin} for the codes {@code start} to
 * {@code start+count-1} of the seed's code sequence, one row per code and marketplace; {@code asin} is the listing a
 * careful matcher should pick, empty when a code search cannot find the product. {@code detail=true} adds
 * {@code kind,title} (title of the title-only listing a name search would find).
 */
@Path("/sim/ground-truth")
public class GroundTruthResource {

    static final long MAX_COUNT = 10_000_000L;

    private final Catalog catalog;

    public GroundTruthResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces("text/csv")
    @Blocking
    public Response groundTruth(@RestQuery String marketplaces, @RestQuery Long count, @RestQuery Long start,
                                @RestQuery boolean detail) {
        List<Marketplace> markets = marketplaces(marketplaces);
        long from = start == null ? 0 : start;
        long n = count == null ? 1000 : count;
        if (markets == null || from < 0 || n < 0 || n > MAX_COUNT) {
            return Response.status(400).type("text/plain")
                    .entity("marketplaces: FR,DE,IT,ES,UK,US; start >= 0; 0 <= count <= " + MAX_COUNT + "\n").build();
        }
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(detail ? "code,marketplace,asin,kind,title\n" : "code,marketplace,asin\n");
            CodeSequence codes = catalog.codes();
            for (long i = from; i < from + n; i++) {
                String code = codes.code(i);
                String gtin14 = CodeParser.parse(code).gtin14();
                for (Marketplace m : markets) {
                    w.write(code + "," + m.name() + "," + catalog.rightAsin(gtin14, m).orElse(""));
                    if (detail) {
                        String title = catalog.titleOnlyListing(gtin14, m).map(Product::itemName).orElse("");
                        w.write("," + catalog.kind(gtin14, m) + ",\"" + title.replace("\"", "\"\"") + "\"");
                    }
                    w.write('\n');
                }
            }
            w.flush();
        };
        return Response.ok(body, "text/csv").build();
    }

    private static List<Marketplace> marketplaces(String csv) {
        List<Marketplace> markets = new ArrayList<>();
        for (String name : (csv == null || csv.isBlank() ? "FR" : csv).split(",")) {
            var m = Marketplace.find(name.strip());
            if (m.isEmpty()) {
                return null;
            }
            if (!markets.contains(m.get())) {
                markets.add(m.get());
            }
        }
        return markets;
    }
}
