package com.code2asin.jobs.config;

import com.code2asin.model.event.AsinDecision;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.JobCommand;
import com.code2asin.model.event.JobEvent;
import com.code2asin.model.event.JobFigures;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.ItemChange;
import com.code2asin.model.event.ResultRow;
import com.code2asin.model.event.StoredImage;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Event records of shared-model this service (de)serializes with Jackson; registered for native images. */
@RegisterForReflection(targets = {LookupRequested.class, LookupItem.class, BatchDone.class, ItemResult.class,
        Candidate.class, ImagesStored.class, StoredImage.class, JobEvent.class, JobFigures.class, ResultRow.class,
        ExportDone.class, JobCommand.class, AsinDecision.class, ItemChange.class})
public class EventReflection {
}
