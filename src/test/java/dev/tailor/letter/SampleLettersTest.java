package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.PostingAnalyzer;
import dev.tailor.analysis.SignalLexicon;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.match.AchievementMatcher;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingParseException;
import dev.tailor.posting.PostingReader;
import dev.tailor.profile.CandidateProfile;
import dev.tailor.profile.ProfileLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole chain (read, analyze, match, render) on every sample posting with the sample profile, compared
 * with a golden letter. Regenerate the goldens with {@code -Dletter.golden.update=true} and read the diff.
 */
class SampleLettersTest {
    static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    static final Path POSTINGS = Path.of("data/postings");
    static final Path GOLDEN = Path.of("src/test/resources/letter/golden");
    private static final boolean UPDATE = Boolean.getBoolean("letter.golden.update");

    static PostingAnalyzer analyzer;
    static AchievementMatcher matcher;
    static CandidateProfile profile;
    static LetterRenderer renderer;

    @BeforeAll
    static void chain() throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.load(Path.of("data/skills.yaml"));
        analyzer = new PostingAnalyzer(taxonomy, SignalLexicon.load(Path.of("data/signals.yaml")));
        matcher = new AchievementMatcher(name -> taxonomy.lookup(name).map(e -> e.name()).orElse(name));
        profile = new ProfileLoader(Clock.fixed(DATE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .load(Path.of("data/profile.yaml"));
        renderer = new LetterRenderer(LetterFixtures.templates());
    }

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(POSTINGS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList().stream();
        }
    }

    /** The letter for one sample, or null for a sample that is not a readable posting (the sign-in wall). */
    static Letter letterFor(String file) throws IOException {
        Path path = POSTINGS.resolve(file);
        Posting posting;
        try {
            posting = new PostingReader().read(path, Files.readAllBytes(path), "data/postings/" + file);
        } catch (PostingParseException e) {
            return null;
        }
        Analysis analysis = analyzer.analyze(posting);
        Tailoring tailoring = matcher.match(analysis, profile, DATE);
        return renderer.render(posting, analysis, profile, tailoring, DATE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void letterMatchesItsGolden(String file) throws IOException {
        Letter letter = letterFor(file);
        if (letter == null) {
            return;
        }
        Path golden = GOLDEN.resolve(file.replaceAll("\\.[a-z]+$", "") + ".md");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, letter.markdown(), StandardCharsets.UTF_8);
        }
        assertThat(letter.markdown()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void letterFabricatesNothing(String file) throws IOException {
        Letter letter = letterFor(file);
        if (letter == null) {
            return;
        }
        assertThat(letter.lint()).filteredOn(r -> r.rule().equals("no-fabrication"))
                .singleElement().satisfies(r -> assertThat(r.ok()).as(r.detail()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void letterReadsAsWrittenByAPerson(String file) throws IOException {
        Letter letter = letterFor(file);
        if (letter == null) {
            return;
        }
        assertThat(letter.markdown()).doesNotContainIgnoringCase("null").doesNotContain("${", " ,", " .", "()", "  ");
        Set<String> seen = new HashSet<>();
        for (String paragraph : letter.paragraphs()) {
            Set<String> own = ngrams(paragraph, 6);
            Set<String> repeated = new HashSet<>(own);
            repeated.retainAll(seen);
            assertThat(repeated).as("phrases repeated from an earlier paragraph").isEmpty();
            seen.addAll(own);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aLetterThatIsNotAWeakMatchFitsTheLength(String file) throws IOException {
        Letter letter = letterFor(file);
        if (letter == null) {
            return;
        }
        LintResult length = letter.lint().get(0);
        assertThat(length.ok() || length.detail().startsWith(LetterRenderer.WEAK_MATCH)).as(length.detail()).isTrue();
    }

    private static Set<String> ngrams(String text, int n) {
        List<String> words = Arrays.asList(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s'-]", " ")
                .trim().split("\\s+"));
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", new ArrayList<>(words.subList(i, i + n))));
        }
        return out;
    }
}
