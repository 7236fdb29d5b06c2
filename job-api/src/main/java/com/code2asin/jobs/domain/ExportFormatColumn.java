package com.code2asin.jobs.domain;

import com.code2asin.model.event.ExportFormat;
import jakarta.persistence.Converter;

/** An export's format, stored by its lowercase name ({@code xlsx}, {@code listings_json}), as the events name it. */
@Converter(autoApply = true)
public class ExportFormatColumn extends LowercaseColumn<ExportFormat> {
    public ExportFormatColumn() {
        super(ExportFormat.class);
    }
}
