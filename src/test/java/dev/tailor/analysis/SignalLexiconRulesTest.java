package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon's mechanics, on a small lexicon written for the tests. */
class SignalLexiconRulesTest {
    private static final CompanySignalDetector DETECTOR = detector();

    private static CompanySignalDetector detector() {
        try {
            return new CompanySignalDetector(SignalLexicon.load(AnalysisFixtures.resource("signals/small.yaml")));
        } catch (SignalLexiconException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> values(String text) {
        return DETECTOR.detect(text).stream().map(CompanySignal::value).toList();
    }

    @Test
    void wildcardMatchesWordStart() {
        assertThat(values("Our monolithic app becomes microservices.")).containsExactly("monolith to microservices");
    }

    @Test
    void requiresAnotherPhraseInTheSameSentence() {
        assertThat(values("We have a monolith. Microservices are not planned.")).isEmpty();
    }

    @Test
    void unlessPhraseVetoesTheSentence() {
        assertThat(values("Leave a legacy.")).isEmpty();
        assertThat(values("Our legacy code is in Perl.")).containsExactly("legacy systems");
    }

    @Test
    void matchesMultiWordPhrasesIgnoringCaseAndHyphens() {
        assertThat(values("An Early-Stage company.")).containsExactly("startup");
    }

    @Test
    void fillsPatternGroupsIntoTheValue() {
        assertThat(values("We closed a series C round.")).containsExactly("Series C");
    }
}
