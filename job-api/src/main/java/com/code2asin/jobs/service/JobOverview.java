package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobLog;
import com.code2asin.jobs.domain.JobTally;
import java.util.List;

/** Everything the job detail shows, read in one session; the timeline is the latest log lines, oldest first. */
public record JobOverview(Job job, JobTally tally, List<JobLog> timeline, List<ExportFile> exports) {
}
