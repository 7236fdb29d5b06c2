package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.rest.dto.JobOptions;
import com.code2asin.jobs.rest.dto.JobRequest;
import com.code2asin.jobs.domain.TooLargeException;
import com.code2asin.jobs.intake.CodeFile;
import com.code2asin.jobs.intake.IntakeRow;
import com.code2asin.jobs.service.NewJob;
import com.code2asin.model.Marketplace;
import com.code2asin.model.WireNames;
import com.code2asin.model.event.ImageMode;
import com.code2asin.model.event.MarketplaceMode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Turns an upload (file + form fields + options JSON) into a {@link NewJob} whose rows are read from the file as
 * they are stored, or a 400 (413 for a file over the limit) saying what to fix.
 */
@ApplicationScoped
public class JobIntake {

    private static final Set<String> PROVIDERS = Set.of("sp-api", "creators");
    private static final int MAX_JSON_ITEMS = 100_000;

    private final ObjectMapper json;
    private final JobApiConfig config;

    JobIntake(ObjectMapper json, JobApiConfig config) {
        this.json = json;
        this.config = config;
    }

    public NewJob read(FileUpload file, String name, String supplierCode, Boolean useAmazonApi, String options) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidException("no file: send the codes as multipart field 'file'");
        }
        if (file.size() > config.maxUploadBytes()) {
            throw TooLargeException.upload(file.fileName(), file.size(), config.maxUploadBytes());
        }
        JobOptions o = parseOptions(options);
        String jobName = name == null || name.isBlank() ? file.fileName() : name.strip();
        boolean lookUp = !Boolean.FALSE.equals(useAmazonApi);
        validate(o);
        return newJob(jobName, supplierCode, file.fileName(), lookUp, o,
                sink -> CodeFile.read(file.uploadedFile(), file.fileName(), !lookUp, sink));
    }

    /**
     * The JSON form of job creation from its bytes (at most max-json-bytes, held by then): its items are counted by a
     * streaming pass before anything is bound, so a small body of a million tiny items is refused without holding a
     * million objects.
     */
    public NewJob read(byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            return read((JobRequest) null);
        }
        try (JsonParser parser = json.getFactory().createParser(body)) {
            int items = itemCount(parser);
            if (items > MAX_JSON_ITEMS) {
                throw TooLargeException.jsonItems(items, MAX_JSON_ITEMS);
            }
            return read(json.readValue(body, JobRequest.class));
        }
    }

    /** The number of elements of the top-level "items" array, read without binding them; -1 when there is none. */
    static int itemCount(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return -1; // binding says what is wrong
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("items".equals(field) && value == JsonToken.START_ARRAY) {
                int count = 0;
                for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    count++;
                    parser.skipChildren();
                }
                return count;
            }
            parser.skipChildren();
        }
        return -1;
    }

    /** The JSON form of job creation: the same options, the codes as {@code items}. */
    public NewJob read(JobRequest body) {
        if (body != null && body.productFilter() != null && (body.items() == null || body.items().isEmpty())) {
            throw new InvalidException("product_filter selects products of the PIM, which Code2ASIN does not hold: "
                    + "send the products' codes as items (the PIM resolves its filter to codes)");
        }
        if (body == null || body.items() == null || body.items().isEmpty()) {
            throw new InvalidException("no items: send {\"items\": [{\"code\": \"3017620422003\"}, ...]}");
        }
        if (body.items().size() > MAX_JSON_ITEMS) {
            throw TooLargeException.jsonItems(body.items().size(), MAX_JSON_ITEMS);
        }
        JobOptions o = body.options();
        validate(o);
        List<IntakeRow> rows = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            JobRequest.Item item = body.items().get(i);
            rows.add(new IntakeRow(i + 1, item.code() == null ? "" : item.code().strip(), item.productId(),
                    item.name(), item.brand(), item.asin(), item.sku(), item.price(), item.quantity(),
                    item.condition()));
        }
        boolean lookUp = !Boolean.FALSE.equals(body.useAmazonApi());
        if (!lookUp && rows.stream().allMatch(r -> r.asin() == null)) {
            throw new InvalidException("direct import (use_amazon_api=false) needs an asin on each item");
        }
        String jobName = body.name() == null || body.name().isBlank() ? "JSON job" : body.name().strip();
        return newJob(jobName, body.supplierCode(), null, lookUp, o, sink -> {
            rows.forEach(sink);
            return rows.size();
        });
    }

    private NewJob newJob(String name, String supplierCode, String fileName, boolean lookUp, JobOptions o,
                          NewJob.Rows rows) {
        MarketplaceMode mode = marketplaceMode(o);
        if (mode == MarketplaceMode.EACH && !lookUp) {
            throw new InvalidException("marketplace_mode each looks every code up on every marketplace; a direct "
                    + "import (use_amazon_api=false) looks nothing up: drop one or the other");
        }
        return new NewJob(name, supplierCode, fileName, lookUp, marketplaces(o), mode, provider(o),
                o.autoMatch() == null || o.autoMatch(),
                o.confidenceThreshold() == null ? config.defaultConfidenceThreshold() : o.confidenceThreshold(),
                o.downloadImages() == null || o.downloadImages(),
                o.maxImagesPerProduct() == null ? config.defaultMaxImagesPerProduct() : o.maxImagesPerProduct(),
                imageMode(o), o.withPrices() == null || o.withPrices(), rows);
    }

    private ImageMode imageMode(JobOptions o) {
        try {
            return o.imageMode() == null ? config.defaultImageMode() : ImageMode.named(o.imageMode());
        } catch (IllegalArgumentException e) {
            throw new InvalidException(e.getMessage());
        }
    }

    /** Every option checked before any row is read, each refusal saying what to send. */
    private void validate(JobOptions o) {
        marketplaces(o);
        marketplaceMode(o);
        provider(o);
        imageMode(o);
        if (o.confidenceThreshold() != null && (o.confidenceThreshold() < 0 || o.confidenceThreshold() > 1)) {
            throw new InvalidException("confidence_threshold must be between 0 and 1");
        }
        int most = config.maxImagesPerProduct();
        if (o.maxImagesPerProduct() != null && (o.maxImagesPerProduct() < 1 || o.maxImagesPerProduct() > most)) {
            throw new InvalidException("max_images_per_product " + o.maxImagesPerProduct() + " is not between 1 and "
                    + most + ", the most images this installation keeps per product");
        }
    }

    private static MarketplaceMode marketplaceMode(JobOptions o) {
        return o.marketplaceMode() == null ? MarketplaceMode.FALLBACK
                : WireNames.find(MarketplaceMode.class, o.marketplaceMode()).orElseThrow(() -> new InvalidException(
                        "marketplace_mode '" + o.marketplaceMode() + "' is unknown; use fallback (the marketplaces in "
                        + "turn, one result a code) or each (one result per code and marketplace)"));
    }

    private String provider(JobOptions o) {
        String provider = o.provider() == null ? config.defaultProvider() : o.provider();
        if (!PROVIDERS.contains(provider)) {
            throw new InvalidException("provider '" + provider + "' is unknown; use sp-api (sellers, SP-API Catalog "
                    + "Items) or creators (affiliates, Creators API)");
        }
        return provider;
    }

    private JobOptions parseOptions(String options) {
        if (options == null || options.isBlank()) {
            return JobOptions.NONE;
        }
        try {
            return json.readValue(options, JobOptions.class);
        } catch (JsonProcessingException e) {
            throw new InvalidException(ProblemMapper.unreadable("options", e)
                    + ": send for example {\"marketplaces\": [\"FR\"], \"auto_match\": true}");
        }
    }

    /** The marketplaces in the order they are asked, each once; the configured one when the job names none. */
    private List<Marketplace> marketplaces(JobOptions o) {
        if (o.marketplaces() == null || o.marketplaces().isEmpty()) {
            return List.of(config.defaultMarketplace());
        }
        LinkedHashSet<Marketplace> found = new LinkedHashSet<>();
        for (String name : o.marketplaces()) {
            found.add(Marketplace.find(name).orElseThrow(() -> new InvalidException(
                    "marketplace '" + name + "' is unknown; use one of " + Arrays.stream(Marketplace.values())
                            .map(Enum::name).collect(Collectors.joining(", ")))));
        }
        return List.copyOf(found);
    }
}
