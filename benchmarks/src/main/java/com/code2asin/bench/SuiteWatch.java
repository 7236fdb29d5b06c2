package com.code2asin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The suite's processes as {@code deploy/local/bench.sh} started them: each one's GC log (heap per step), its peak
 * resident memory, whether it is still running and whether its log ever said OutOfMemoryError.
 */
final class SuiteWatch {

    private record Service(String name, long pid, GcLog gc, Path log) {
    }

    private final List<Service> services;

    /** {@code prefix}: the bench's name of the processes, {@code bench-scale-} for {@code bench-scale-job-api}. */
    SuiteWatch(List<String> names, String prefix, Path logs, Path pids) throws IOException {
        this.services = names.stream().map(name -> {
            try {
                long pid = Long.parseLong(Files.readString(pids.resolve(prefix + name + ".pid")).strip());
                return new Service(name, pid, new GcLog(logs.resolve(prefix + name + "-gc.log")),
                        logs.resolve(prefix + name + ".log"));
            } catch (IOException e) {
                throw new IllegalStateException(name + " was not started by the bench script: " + e.getMessage());
            }
        }).toList();
    }

    /** Where each GC log ends now. */
    Map<String, Long> mark() throws IOException {
        Map<String, Long> marks = new LinkedHashMap<>();
        for (Service s : services) {
            marks.put(s.name(), s.gc().mark());
        }
        return marks;
    }

    /** Each service's most heap in use (MB) since the marks. */
    Map<String, Long> peakHeapSince(Map<String, Long> marks) throws IOException {
        Map<String, Long> peaks = new LinkedHashMap<>();
        for (Service s : services) {
            peaks.put(s.name(), s.gc().peakSince(marks.getOrDefault(s.name(), 0L)).usedMb());
        }
        return peaks;
    }

    /** Each service's peak resident memory since it started (VmHWM), in MB; -1 when it is gone. */
    Map<String, Long> peakRssMb() throws IOException {
        Map<String, Long> peaks = new LinkedHashMap<>();
        for (Service s : services) {
            Path status = Path.of("/proc", Long.toString(s.pid()), "status");
            long kb = -1024;
            if (Files.exists(status)) {
                try (Stream<String> lines = Files.lines(status)) {
                    kb = lines.filter(l -> l.startsWith("VmHWM:")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                            .findFirst().orElse(-1024L);
                }
            }
            peaks.put(s.name(), kb / 1024);
        }
        return peaks;
    }

    /** The services no longer running. */
    List<String> stopped() {
        return services.stream().filter(s -> ProcessHandle.of(s.pid()).map(p -> !p.isAlive()).orElse(true))
                .map(Service::name).toList();
    }

    /** Lines of all the services' logs that name an OutOfMemoryError. */
    long outOfMemoryLines() throws IOException {
        long count = 0;
        for (Service s : services) {
            if (Files.exists(s.log())) {
                try (Stream<String> lines = Files.lines(s.log())) {
                    count += lines.filter(l -> l.contains("OutOfMemoryError")).count();
                }
            }
        }
        return count;
    }
}
