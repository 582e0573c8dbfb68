package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionSplitterTest {
    private final SectionSplitter splitter = new SectionSplitter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            About us                          | ABOUT
            About Acme:                       | ABOUT
            Who we are                        | ABOUT
            What you'll do                    | RESPONSIBILITIES
            What You’ll Do                    | RESPONSIBILITIES
            About the role                    | RESPONSIBILITIES
            Your responsibilities             | RESPONSIBILITIES
            Requirements                      | REQUIREMENTS
            About you                         | REQUIREMENTS
            What we're looking for            | REQUIREMENTS
            Minimum qualifications            | REQUIREMENTS
            Nice to have                      | NICE_TO_HAVE
            Bonus points                      | NICE_TO_HAVE
            Preferred qualifications          | NICE_TO_HAVE
            Benefits                          | BENEFITS
            What we offer                     | BENEFITS
            Perks                             | BENEFITS
            Über uns                          | ABOUT
            Deine Aufgaben                    | RESPONSIBILITIES
            Dein Profil                       | REQUIREMENTS
            Wünschenswert                     | NICE_TO_HAVE
            Wir bieten                        | BENEFITS
            How to apply                      | OTHER
            """)
    void classifiesHeadingsByKeyword(String heading, SectionKind kind) {
        assertThat(SectionKeywords.classify(heading)).isEqualTo(kind);
    }

    @Test
    void matchesKeywordsAsWholeWordsOnly() {
        assertThat(SectionKeywords.classify("Perksville newsletter")).isEqualTo(SectionKind.OTHER);
    }

    @Test
    void splitsHtmlOnHeadingElements() {
        List<Section> sections = splitter.split(Jsoup.parseBodyFragment(
                "<h2>Responsibilities</h2><ul><li>Ship features</li><li>Review code</li></ul>"
                        + "<h3>Requirements</h3><p>Java</p>").body());

        assertThat(sections).containsExactly(
                new Section(SectionKind.RESPONSIBILITIES, "Responsibilities", "Ship features\nReview code"),
                new Section(SectionKind.REQUIREMENTS, "Requirements", "Java"));
    }

    @Test
    void treatsAStandaloneBoldParagraphAsAHeading() {
        List<Section> sections = splitter.split(Jsoup.parseBodyFragment(
                "<p><b>Perks</b></p><p>Free lunch on Fridays.</p>").body());

        assertThat(sections).containsExactly(new Section(SectionKind.BENEFITS, "Perks", "Free lunch on Fridays."));
    }

    @Test
    void keepsBoldWordsInsideASentenceAsText() {
        List<Section> sections = splitter.split(Jsoup.parseBodyFragment(
                "<p>You will work with <strong>Kafka</strong> every day.</p>").body());

        assertThat(sections).containsExactly(new Section(SectionKind.OTHER, "", "You will work with Kafka every day."));
    }

    @Test
    void splitsAHeadingGluedToTheEndOfAParagraph() {
        List<Section> sections = splitter.split(Jsoup.parseBodyFragment(
                "We build boats.<strong>Requirements:<br><br></strong><ul><li>Sailing</li></ul>").body());

        assertThat(sections).extracting(Section::heading).containsExactly("", "Requirements");
    }

    @Test
    void splitsPlainTextOnLinesEndingInAColon() {
        List<Section> sections = splitter.split("Intro line.\n\nRequirements:\n- Java\n- SQL\n\nBenefits:\n- Bikes");

        assertThat(sections).extracting(Section::kind)
                .containsExactly(SectionKind.OTHER, SectionKind.REQUIREMENTS, SectionKind.BENEFITS);
        assertThat(sections.get(1).text()).isEqualTo("Java\nSQL");
    }

    @Test
    void splitsPlainTextOnLinesInCapitals() {
        List<Section> sections = splitter.split("RESPONSIBILITIES\nKeep the lights on");

        assertThat(sections).containsExactly(new Section(SectionKind.RESPONSIBILITIES, "RESPONSIBILITIES", "Keep the lights on"));
    }

    @Test
    void doesNotTakeAFigureInCapitalsForAHeading() {
        List<Section> sections = splitter.split(Jsoup.parseBodyFragment(
                "<h2>Benefits</h2><p>$90,000 - $120,000 USD</p><p>Stock options</p>").body());

        assertThat(sections).hasSize(1);
    }

    @Test
    void keepsAListIntroductionInsideItsSection() {
        List<Section> sections = splitter.split(Jsoup.parseBodyFragment(
                "<h2>Responsibilities</h2><p>More specifically:</p><ul><li>Plan routes</li></ul>").body());

        assertThat(sections).containsExactly(
                new Section(SectionKind.RESPONSIBILITIES, "Responsibilities", "More specifically:\nPlan routes"));
    }

    @Test
    void callsAnUntitledIntroductionAboutTheCompanyAbout() {
        List<Section> sections = splitter.split(List.of(
                TextBlock.paragraph("Acme makes anvils for cartoon coyotes."),
                TextBlock.heading("Requirements"), TextBlock.paragraph("Patience")), "Acme");

        assertThat(sections.get(0)).isEqualTo(new Section(SectionKind.ABOUT, "", "Acme makes anvils for cartoon coyotes."));
    }

    @Test
    void callsAnyOtherUntitledIntroductionOther() {
        List<Section> sections = splitter.split(List.of(
                TextBlock.paragraph("Apply by June 1."),
                TextBlock.heading("Requirements"), TextBlock.paragraph("Patience")), "Acme");

        assertThat(sections.get(0).kind()).isEqualTo(SectionKind.OTHER);
    }

    @Test
    void letsAnUnknownSubHeadingKeepTheKindOfTheHeadingAboveIt() {
        List<Section> sections = splitter.split(Jsoup.parseBodyFragment(
                "<h2>Benefits</h2><h3>Health</h3><p>Dental and vision.</p>").body());

        assertThat(sections).containsExactly(new Section(SectionKind.BENEFITS, "Health", "Dental and vision."));
    }

    @Test
    void givesOneEmptySectionForAnEmptyDescription() {
        assertThat(splitter.split("")).containsExactly(new Section(SectionKind.OTHER, "", ""));
    }
}
