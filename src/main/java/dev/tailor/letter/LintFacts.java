package dev.tailor.letter;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.SkillMention;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.profile.CandidateProfile;
import java.util.List;
import java.util.Set;

/** Everything the checks look up about one draft: its text, and the letter's {@link LintSource}. */
final class LintFacts {
    final List<String> paragraphs;
    final String body;
    final List<String> sentences;
    final LintSource source;
    final Posting posting;
    final Analysis analysis;
    final CandidateProfile profile;
    final Tailoring tailoring;
    final List<CompanySignal> signals;
    final Set<String> employers;
    final Set<String> technologies;

    LintFacts(List<String> paragraphs, LintSource source) {
        this.paragraphs = List.copyOf(paragraphs);
        this.body = String.join("\n\n", paragraphs);
        this.sentences = LetterText.sentences(body);
        this.source = source;
        this.posting = source.posting;
        this.analysis = source.analysis;
        this.profile = source.profile;
        this.tailoring = source.tailoring;
        this.signals = source.signals;
        this.employers = source.employers;
        this.technologies = source.technologies;
    }

    boolean claims(SkillMention skill) {
        return source.claims(skill);
    }

    Set<String> sourceFigures() {
        return source.sourceFigures();
    }

    boolean knownName(String name) {
        return source.knownName(name);
    }

    boolean knownTitle(String title) {
        return source.knownTitle(title);
    }
}
