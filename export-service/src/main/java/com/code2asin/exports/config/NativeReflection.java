package com.code2asin.exports.config;

import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.model.event.JobEvent;
import com.code2asin.model.event.JobFigures;
import com.code2asin.model.event.ItemChange;
import com.code2asin.model.event.ResultRow;
import com.code2asin.model.event.StoredImage;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Shared-model records this service reads and writes as JSON, kept for reflection in a native build. */
@RegisterForReflection(targets = {JobEvent.class, JobFigures.class, ExportRequested.class, ExportDone.class,
        ResultRow.class, StoredImage.class, ItemChange.class})
public final class NativeReflection {
    private NativeReflection() {
    }
}
