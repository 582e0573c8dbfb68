package dev.tailor.cli;

import dev.tailor.pipeline.RunSettings;
import dev.tailor.yaml.YamlException;
import dev.tailor.yaml.YamlFile;
import dev.tailor.yaml.YamlMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks a job file; unknown keys and malformed values are errors naming the file and line. */
final class JobFileLoader {
    private static final Set<String> KEYS = Set.of("postings", "urls", "boards", "profile", "templates", "out", "db",
            "formats", "schedule", "skip-limit", "allow-private-addresses");
    private static final Pattern BOARD = Pattern.compile("(greenhouse|lever|ashby|smartrecruiters|workable):[A-Za-z0-9._-]+");

    JobFile load(Path file) throws UsageException {
        try {
            YamlMap root = YamlFile.load(file);
            root.allowOnly(KEYS, "the job file");
            List<String> formats = root.stringList("formats");
            for (String format : formats) {
                if (!RunSettings.ALL_FORMATS.contains(format)) {
                    throw root.error("formats", "unknown letter format '" + format + "' (allowed: "
                            + String.join(", ", RunSettings.ALL_FORMATS) + ")");
                }
            }
            List<String> boards = root.stringList("boards");
            for (String board : boards) {
                if (!BOARD.matcher(board).matches()) {
                    throw root.error("boards", "board '" + board
                            + "' must be greenhouse|lever|ashby|smartrecruiters|workable:SLUG");
                }
            }
            Integer skipLimit = root.optionalInt("skip-limit");
            if (skipLimit != null && skipLimit < 0) {
                throw root.error("skip-limit", "skip-limit must be 0 or more");
            }
            String schedule = root.optionalString("schedule");
            if (schedule != null && schedule.trim().split("\\s+").length != 6) {
                throw root.error("schedule", "schedule must be a cron expression of six fields (seconds first)");
            }
            return new JobFile(file, root.stringList("postings"), root.optionalString("urls"), boards,
                    root.optionalString("profile"), root.optionalString("templates"), root.optionalString("out"),
                    root.optionalString("db"), formats, schedule, skipLimit,
                    root.optionalBoolean("allow-private-addresses", false));
        } catch (YamlException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
