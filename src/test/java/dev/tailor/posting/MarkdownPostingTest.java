package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MarkdownPostingTest {

    @Test
    void readsTheFrontMatter() throws Exception {
        Posting posting = Fixtures.read("front-matter.md");

        assertThat(posting.title()).isEqualTo("Developer Advocate");
        assertThat(posting.company()).isEqualTo("Cobalt Lantern");
        assertThat(posting.location()).isEqualTo("Dublin, Ireland");
        assertThat(posting.remote()).isEqualTo(Remote.YES);
        assertThat(posting.employmentType()).isEqualTo("Full-time");
        assertThat(posting.datePosted()).isEqualTo(LocalDate.of(2024, 6, 12));
    }

    @Test
    void stripsEmphasisLinksAndCodeToPlainText() throws Exception {
        Posting posting = Fixtures.read("front-matter.md");

        assertThat(posting.text())
                .startsWith("Cobalt Lantern makes an open-source feature-flag service used by thousands of teams. See our docs for what it does.")
                .contains("Write tutorials and sample apps in TypeScript and Go")
                .doesNotContain("**", "`", "](", "# Developer Advocate");
    }

    @Test
    void splitsOnSecondAndThirdLevelHeadings() throws Exception {
        Posting posting = Fixtures.read("front-matter.md");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE);
        assertThat(posting.sectionText(SectionKind.REQUIREMENTS)).isEqualTo(
                "Three years as a software engineer or developer advocate\nA public portfolio: talks, posts or open-source code");
    }

    @Test
    void readsTheTitleHeadingAndCompanyLinesWithoutFrontMatter() throws Exception {
        Posting posting = Fixtures.read("no-front-matter.md");

        assertThat(posting.title()).isEqualTo("Security Engineer");
        assertThat(posting.company()).isEqualTo("Granite Owl Insurance");
        assertThat(posting.location()).isEqualTo("Edinburgh, Scotland");
        assertThat(posting.employmentType()).isEqualTo("Permanent");
        assertThat(posting.text()).doesNotContain("Company:", "**").contains("write it up without blame");
    }

    @Test
    void classifiesGermanHeadings() throws Exception {
        Posting posting = Fixtures.read("german.md");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(SectionKind.ABOUT,
                SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE, SectionKind.BENEFITS);
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
    }

    @Test
    void leavesUnclosedMarkersAsText() {
        assertThat(MarkdownInline.plain("5 * 3 is **not [closed and snake_case_name stays"))
                .isEqualTo("5 * 3 is **not [closed and snake_case_name stays");
    }

    @Test
    void rejectsFrontMatterThatIsNotYaml() {
        assertThatThrownBy(() -> Fixtures.read("broken-front-matter.md"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageStartingWith("the front matter is not valid YAML");
    }
}
