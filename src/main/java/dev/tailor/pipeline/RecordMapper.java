package dev.tailor.pipeline;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.Requirement;
import dev.tailor.analysis.SkillMention;
import dev.tailor.letter.Letter;
import dev.tailor.letter.LintResult;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.profile.Achievement;
import dev.tailor.report.PostingRecord;
import java.time.LocalDate;
import java.util.List;

/** Builds the postings.jsonl record of a posting from the results of every stage. */
final class RecordMapper {
    private RecordMapper() {
    }

    static PostingRecord done(Posting posting, Analysis analysis, Tailoring tailoring, Letter letter,
            String letterPath, String state, LocalDate firstSeen, LocalDate today) {
        List<PostingRecord.Skill> skills = analysis.skills().stream()
                .map(RecordMapper::skill)
                .toList();
        List<PostingRecord.Signal> signals = analysis.signals().stream()
                .map(s -> new PostingRecord.Signal(s.type(), s.value(), s.evidence()))
                .toList();
        List<String> achievements = tailoring.achievements().stream().map(Achievement::id).toList();
        List<PostingRecord.Lint> lint = letter.lint().stream()
                .map(RecordMapper::lint)
                .toList();
        return new PostingRecord(posting.id(), posting.source(), "DONE", null, posting.title(), posting.company(),
                posting.location(), posting.remote() == null ? null : posting.remote().word(),
                analysis.seniority() == null ? null : analysis.seniority().word(), skills, signals, tailoring.score(),
                tailoring.matched(), tailoring.missing(), achievements, tailoring.opening().word(), letterPath,
                letter.words(), lint, letter.atsCoverage(), state, firstSeen, today);
    }

    static PostingRecord rejected(String id, String source, boolean failed, String reason, String state,
            LocalDate firstSeen, LocalDate today) {
        return new PostingRecord(id, source, failed ? "FAILED" : "SKIPPED", reason, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, state, firstSeen, today);
    }

    private static PostingRecord.Skill skill(SkillMention mention) {
        String level = switch (mention.level()) {
            case REQUIRED -> "required";
            case NICE_TO_HAVE -> "nice-to-have";
            case MENTIONED -> "mentioned";
        };
        return new PostingRecord.Skill(mention.name(), mention.category(), mention.level() == Requirement.REQUIRED,
                level, mention.count());
    }

    private static PostingRecord.Lint lint(LintResult result) {
        return new PostingRecord.Lint(result.rule(), result.ok(), result.detail());
    }
}
