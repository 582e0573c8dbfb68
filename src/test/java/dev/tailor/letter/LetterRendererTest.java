package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.Seniority;
import dev.tailor.match.Opening;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingIds;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LetterRendererTest {
    /**
     * Golden letters live in src/test/resources/letter/. After a deliberate change to the templates, rewrite
     * them with {@code ./mvnw -q -B test -Dtest='dev.tailor.letter.**' -Dletter.golden.update=true}, read the
     * diff, and commit it.
     */
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("letter.golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/letter");

    private static LetterRenderer renderer;
    private static ExecutorService pool;

    @BeforeAll
    static void load() {
        renderer = new LetterRenderer(LetterFixtures.templates());
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    static Letter startupLetter() {
        return renderer.render(LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(),
                LetterFixtures.midProfile(), LetterFixtures.startupTailoring(), LetterFixtures.DATE);
    }

    static Letter enterpriseLetter() {
        return renderer.render(LetterFixtures.enterprisePosting(), LetterFixtures.enterpriseAnalysis(),
                LetterFixtures.seniorProfile(), LetterFixtures.enterpriseTailoring(), LetterFixtures.DATE);
    }

    @Test
    void startupMetricLetterMatchesGolden() throws IOException {
        assertGolden("startup-metric-mid.md", startupLetter().markdown());
    }

    @Test
    void enterpriseProblemLetterMatchesGolden() throws IOException {
        assertGolden("enterprise-problem-senior.md", enterpriseLetter().markdown());
    }

    @Test
    void goldenLettersPassEveryRubricCheck() {
        for (Letter letter : List.of(startupLetter(), enterpriseLetter())) {
            assertThat(letter.lint()).allSatisfy(result -> assertThat(result.ok()).as(result.toString()).isTrue());
        }
    }

    @Test
    void noPhraseIsRepeatedBetweenParagraphs() {
        for (Letter letter : List.of(startupLetter(), enterpriseLetter())) {
            Set<String> seen = new HashSet<>();
            for (String paragraph : letter.paragraphs()) {
                Set<String> own = ngrams(paragraph, 6);
                Set<String> repeated = new HashSet<>(own);
                repeated.retainAll(seen);
                assertThat(repeated).as("phrases repeated from an earlier paragraph").isEmpty();
                seen.addAll(own);
            }
        }
    }

    @Test
    void bodyHasFiveParagraphsInTheMarkdown() {
        Letter letter = startupLetter();

        assertThat(letter.paragraphs()).hasSize(5);
        assertThat(letter.markdown()).contains(String.join("\n\n", letter.paragraphs()));
        assertThat(letter.markdown()).startsWith("# Mara Lindqvist\n").endsWith("Kind regards,\n\nMara Lindqvist\n");
    }

    @Test
    void lettersToTheSameCompanyVaryTheirWording() {
        Set<String> openings = new HashSet<>();
        Set<String> closings = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Posting p = LetterFixtures.startupPosting();
            Posting other = new Posting(PostingIds.idOf(p.source() + "-" + i), p.source() + "-" + i, p.title(),
                    p.company(), p.location(), p.remote(), p.employmentType(), p.datePosted(), p.text(), p.sections(),
                    p.contentHash());
            Letter letter = renderer.render(other, LetterFixtures.startupAnalysis(), LetterFixtures.midProfile(),
                    LetterFixtures.startupTailoring(), LetterFixtures.DATE);
            openings.add(letter.paragraphs().get(0));
            closings.add(letter.paragraphs().get(letter.paragraphs().size() - 1));
        }

        assertThat(openings.size() + closings.size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aLetterWithoutItsHtmlPageIsOtherwiseTheSame() {
        Letter full = startupLetter();

        Letter withoutHtml = renderer.render(LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(),
                LetterFixtures.midProfile(), LetterFixtures.startupTailoring(), LetterFixtures.DATE, false);

        assertThat(withoutHtml.html()).isNull();
        assertThat(full.html()).contains("<html");
        assertThat(withoutHtml).usingRecursiveComparison().ignoringFields("html").isEqualTo(full);
    }

    @Test
    void theSamePostingAlwaysGetsTheSameLetter() {
        assertThat(startupLetter().markdown()).isEqualTo(startupLetter().markdown());
    }

    @Test
    void wordCountIsTheBodyOnly() {
        Letter letter = startupLetter();

        assertThat(letter.words()).isEqualTo(LetterText.words(String.join(" ", letter.paragraphs())));
        assertThat(letter.words()).isLessThan(LetterText.words(letter.markdown()));
    }

    @Test
    void usesThePostingsSpellingOfEachSkill() {
        Letter letter = enterpriseLetter();

        assertThat(letter.paragraphs().get(2)).contains("Apache Kafka");
        assertThat(startupLetter().paragraphs().get(0)).contains("Spring Boot, Postgres and Kafka");
    }

    @Test
    void atsCoverageCountsTopRequirementsNamed() {
        assertThat(startupLetter().atsCoverage()).isEqualTo(1.0);
        assertThat(enterpriseLetter().atsCoverage()).isEqualTo(0.8);
    }

    @Test
    void neverNamesAMissingSkill() {
        assertThat(startupLetter().markdown()).doesNotContain(" Go ", " Go,", " Go.");
        assertThat(enterpriseLetter().markdown()).doesNotContain("Oracle", "Camunda", "OpenShift");
    }

    @Test
    void startupFramingTalksAboutRangeAndShipping() {
        assertThat(startupLetter().paragraphs().get(3)).contains("startup", "shipping small changes often");
    }

    @Test
    void enterpriseFramingTalksAboutProcessAndCompliance() {
        assertThat(enterpriseLetter().paragraphs().get(3)).contains("enterprise", "staged rollouts", "ISO 27001");
    }

    @Test
    void seniorLetterTalksAboutTradeOffs() {
        assertThat(enterpriseLetter().paragraphs().get(1)).contains("trade-off");
    }

    @Test
    void entryLetterLeansOnProjectsAndLearning() {
        CandidateProfile entry = withSeniority(LetterFixtures.midProfile(), Seniority.ENTRY);

        Letter letter = renderer.render(LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(), entry,
                LetterFixtures.startupTailoring(), LetterFixtures.DATE);

        assertThat(letter.paragraphs().get(1)).contains("projects", "learned");
    }

    @Test
    void ecosystemOpeningStartsFromTheirProduct() {
        Letter letter = renderer.render(LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(),
                LetterFixtures.midProfile(), withOpening(LetterFixtures.startupTailoring(), Opening.ECOSYSTEM),
                LetterFixtures.DATE);

        assertThat(letter.paragraphs().get(0)).startsWith("Lumen Freight's real-time tracking API")
                .contains("820 ms");
    }

    @Test
    void weakMatchGivesAShortHonestLetter() {
        Letter letter = renderer.render(LetterFixtures.enterprisePosting(), LetterFixtures.enterpriseAnalysis(),
                LetterFixtures.seniorProfile(), withWeak(LetterFixtures.enterpriseTailoring()), LetterFixtures.DATE);

        assertThat(letter.words()).isBetween(60, 200);
        assertThat(letter.paragraphs()).hasSizeLessThanOrEqualTo(4);
        assertThat(letter.markdown()).doesNotContain("Oracle", "Camunda", "OpenShift")
                .contains("new ground for me");
    }

    @Test
    void missingOptionalFieldsAreLeftOutOfTheSentence() {
        Letter letter = enterpriseLetter();

        assertThat(letter.markdown()).contains("ines.carvalho@example.org · Utrecht, Netherlands ·")
                .contains("Before that, at Brightwater Logistics, I moved 30 services");
    }

    @Test
    void htmlEscapesTheCompanyName() {
        Posting posting = LetterFixtures.withCompany(LetterFixtures.startupPosting(), "<script>alert(1)</script> & Co");

        Letter letter = renderer.render(posting, LetterFixtures.startupAnalysis(), LetterFixtures.midProfile(),
                LetterFixtures.startupTailoring(), LetterFixtures.DATE);

        assertThat(letter.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>");
    }

    @Test
    void htmlHoldsTheSameParagraphs() {
        Letter letter = startupLetter();

        assertThat(letter.html()).startsWith("<!DOCTYPE html>").contains("<style>")
                .contains("Dear Lumen Freight hiring team,");
        for (String paragraph : letter.paragraphs()) {
            assertThat(letter.html()).contains("<p>" + paragraph + "</p>");
        }
    }

    @Test
    void templateCodeInPostingTextIsPrintedNotRun() {
        Posting posting = LetterFixtures.withCompany(LetterFixtures.startupPosting(), "Acme ${7*7} <#assign x=1>");
        CompanySignal domain = new CompanySignal("growth", "${7*7} logistics <#assign x=1>", "Evidence ${7*7}.");
        Tailoring tailoring = LetterFixtures.startupTailoring();
        List<CompanySignal> signals = new ArrayList<>(List.of(domain));
        signals.addAll(tailoring.signals());
        tailoring = new Tailoring(tailoring.score(), tailoring.breakdown(), tailoring.matched(), tailoring.missing(),
                tailoring.evidence(), tailoring.achievements(), tailoring.opening(), signals, tailoring.weak());

        Letter letter = renderer.render(posting, withSignal(LetterFixtures.startupAnalysis(), domain),
                LetterFixtures.midProfile(), tailoring, LetterFixtures.DATE);

        assertThat(letter.markdown()).contains("Acme ${7*7} <#assign x=1>", "${7*7} logistics <#assign x=1>")
                .doesNotContain("49");
        assertThat(letter.html()).contains("Acme ${7*7} &lt;#assign x=1&gt;").doesNotContain("49");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void noNullOrEmptyPlaceholderInAnyOutput(String name, Posting posting, Analysis analysis, CandidateProfile profile,
                                            Tailoring tailoring) {
        Letter letter = renderer.render(posting, analysis, profile, tailoring, LetterFixtures.DATE);

        assertThat(letter.html()).doesNotContainIgnoringCase("null").doesNotContain("${", "<p></p>", "<span></span>");
        for (String output : List.of(letter.markdown(), String.join("\n", letter.paragraphs()))) {
            assertThat(output).doesNotContainIgnoringCase("null").doesNotContain("${", " ,", " .", "()", "  ", "''");
        }
        assertThat(letter.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank().matches("(?s).*[.?]$"));
    }

    static Stream<Arguments> variants() {
        CandidateProfile bare = new CandidateProfile("Sam Quiet", "sam@example.net", null, null, List.of(),
                Seniority.MID, 3, List.of("Java"), List.of(), List.of(), null);
        List<Arguments> out = new ArrayList<>();
        for (Opening opening : Opening.values()) {
            for (Seniority level : Seniority.values()) {
                out.add(Arguments.of(opening + " " + level + " startup", LetterFixtures.startupPosting(),
                        LetterFixtures.startupAnalysis(), withSeniority(LetterFixtures.midProfile(), level),
                        withOpening(LetterFixtures.startupTailoring(), opening)));
                out.add(Arguments.of(opening + " " + level + " enterprise", LetterFixtures.enterprisePosting(),
                        LetterFixtures.enterpriseAnalysis(), withSeniority(LetterFixtures.seniorProfile(), level),
                        withOpening(LetterFixtures.enterpriseTailoring(), opening)));
            }
            out.add(Arguments.of(opening + " without signals", LetterFixtures.enterprisePosting(),
                    withoutSignals(LetterFixtures.enterpriseAnalysis()), LetterFixtures.seniorProfile(),
                    withoutSignals(withOpening(LetterFixtures.enterpriseTailoring(), opening))));
            out.add(Arguments.of(opening + " without achievements", LetterFixtures.startupPosting(),
                    LetterFixtures.startupAnalysis(), bare, withOpening(empty(LetterFixtures.startupTailoring()), opening)));
        }
        out.add(Arguments.of("weak", LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(),
                LetterFixtures.midProfile(), withWeak(LetterFixtures.startupTailoring())));
        out.add(Arguments.of("weak without achievements", LetterFixtures.startupPosting(),
                LetterFixtures.startupAnalysis(), bare, withWeak(empty(LetterFixtures.startupTailoring()))));
        return out.stream();
    }

    @Test
    void rendersTheSameLetterFromManyThreads() throws Exception {
        String expected = startupLetter().markdown();
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            futures.add(pool.submit(() -> startupLetter().markdown()));
        }
        for (Future<String> future : futures) {
            assertThat(future.get()).isEqualTo(expected);
        }
    }

    @Test
    void templateReadingAMissingValueFailsWithTheTemplateNamed(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        try (Stream<Path> files = Files.list(LetterFixtures.TEMPLATES)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(dir.resolve("letter.md.ftl"), "<#global paragraphs = []>\n${posting.nonsense}\n");
        LetterRenderer broken = new LetterRenderer(LetterTemplates.load(dir));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.render(LetterFixtures.startupPosting(),
                        LetterFixtures.startupAnalysis(), LetterFixtures.midProfile(), LetterFixtures.startupTailoring(),
                        LetterFixtures.DATE))
                .isInstanceOf(LetterRenderException.class)
                .hasMessageStartingWith("letter.md.ftl, line 2");
    }

    // ----------------------------------------------------------------------------------------- helpers

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE_GOLDEN) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Set<String> ngrams(String text, int n) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s'-]", " ").trim().split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + n)));
        }
        return out;
    }

    static CandidateProfile withSeniority(CandidateProfile p, Seniority level) {
        return new CandidateProfile(p.name(), p.email(), p.phone(), p.location(), p.links(), level, p.years(),
                p.skills(), p.achievements(), p.collaboration(), p.nextStep());
    }

    static Tailoring withOpening(Tailoring t, Opening opening) {
        return new Tailoring(t.score(), t.breakdown(), t.matched(), t.missing(), t.evidence(), t.achievements(),
                opening, t.signals(), t.weak());
    }

    static Tailoring withWeak(Tailoring t) {
        return new Tailoring(25, t.breakdown(), t.matched(), t.missing(), t.evidence(), t.achievements(),
                t.opening(), t.signals(), true);
    }

    static Tailoring withoutSignals(Tailoring t) {
        return new Tailoring(t.score(), t.breakdown(), t.matched(), t.missing(), t.evidence(), t.achievements(),
                t.opening(), List.of(), t.weak());
    }

    static Tailoring empty(Tailoring t) {
        return new Tailoring(10, t.breakdown(), List.of("Java"), t.missing(), List.of(new dev.tailor.match.Evidence(
                "Java", "Java", null)), List.<Achievement>of(), t.opening(), t.signals(), t.weak());
    }

    static Analysis withoutSignals(Analysis a) {
        return new Analysis(a.skills(), a.seniority(), a.yearsRequired(), List.of());
    }

    static Analysis withSignal(Analysis a, CompanySignal signal) {
        List<CompanySignal> signals = new ArrayList<>();
        signals.add(signal);
        signals.addAll(a.signals());
        return new Analysis(a.skills(), a.seniority(), a.yearsRequired(), signals);
    }
}
