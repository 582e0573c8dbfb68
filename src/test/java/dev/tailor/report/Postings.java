package dev.tailor.report;

import java.time.LocalDate;
import java.util.List;

/** Posting records for tests: one complete DONE posting, and variations of it. */
final class Postings {

    static final LocalDate FIRST_SEEN = LocalDate.of(2025, 3, 1);
    static final LocalDate LAST_SEEN = LocalDate.of(2025, 3, 15);

    private Postings() {
    }

    /** A fully analysed posting with a letter, as the pipeline exports it. */
    static PostingRecord done(String id) {
        return new PostingRecord(
                id,
                "https://boards.example.com/acme/jobs/" + id,
                "DONE",
                null,
                "Backend Engineer",
                "Acme",
                "Berlin, Germany",
                "hybrid",
                "mid",
                List.of(new PostingRecord.Skill("Java", "language", true, "required", 3),
                        new PostingRecord.Skill("Kafka", "messaging", false, "nice-to-have", 1)),
                List.of(new PostingRecord.Signal("stage", "scale-up", "We are a fast-growing scale-up."),
                        new PostingRecord.Signal("funding", "Series B", "We raised our Series B in 2024."),
                        new PostingRecord.Signal("migration", "monolith to services", "We are moving off a monolith."),
                        new PostingRecord.Signal("remote", "hybrid", "Two days a week in the office.")),
                82,
                List.of("Java", "Kafka"),
                List.of("Kubernetes", "Go"),
                List.of("order-latency"),
                "metric",
                "letters/acme-backend-engineer-" + id + ".md",
                312,
                List.of(new PostingRecord.Lint("length", true, "312 words"),
                        new PostingRecord.Lint("no-cliches", true, null),
                        new PostingRecord.Lint("names-company", false, "company not named in the opening")),
                0.75,
                "new",
                FIRST_SEEN,
                LAST_SEEN);
    }

    /** A posting file that could not be read. */
    static PostingRecord skipped(String id, String source, String reason) {
        return new PostingRecord(id, source, "SKIPPED", reason, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, "new", FIRST_SEEN, FIRST_SEEN);
    }

    /** The complete posting with another title, company and source. */
    static PostingRecord withText(String id, String title, String company, String source) {
        PostingRecord p = done(id);
        return new PostingRecord(p.id(), source, p.status(), p.reason(), title, company, p.location(), p.remote(),
                p.seniority(), p.skills(), p.signals(), p.score(), p.matched(), p.missing(), p.achievements(),
                p.opening(), p.letter(), p.words(), p.lint(), p.atsCoverage(), p.state(), p.firstSeen(),
                p.lastSeen());
    }

    /** The complete posting with another letter path. */
    static PostingRecord withLetter(String id, String letter) {
        PostingRecord p = done(id);
        return new PostingRecord(p.id(), p.source(), p.status(), p.reason(), p.title(), p.company(), p.location(),
                p.remote(), p.seniority(), p.skills(), p.signals(), p.score(), p.matched(), p.missing(),
                p.achievements(), p.opening(), letter, p.words(), p.lint(), p.atsCoverage(), p.state(), p.firstSeen(),
                p.lastSeen());
    }
}
