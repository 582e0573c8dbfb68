package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenericPageTest {

    @Test
    void takesTheTitleFromTheH1AndTheCompanyFromThePageTitle() throws Exception {
        Posting posting = Fixtures.read("generic-careers.html");

        assertThat(posting.title()).isEqualTo("Product Designer");
        assertThat(posting.company()).isEqualTo("Pebblebrook Energy");
    }

    @Test
    void keepsOnlyTheDescriptionOfAPageWithoutStructuredData() throws Exception {
        Posting posting = Fixtures.read("generic-careers.html");

        assertThat(posting.text())
                .startsWith("About Pebblebrook Energy:")
                .contains("barn roofs", "a yearly team week on a farm")
                .doesNotContain("cookies", "Products", "More open roles", "Backend Engineer", "Imprint", "Back to careers");
    }

    @Test
    void splitsTheGenericDescriptionIntoSections() throws Exception {
        Posting posting = Fixtures.read("generic-careers.html");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.BENEFITS);
        assertThat(posting.sections()).extracting(Section::heading)
                .containsExactly("About Pebblebrook Energy", "What you will do", "About you", "Benefits");
    }

    @Test
    void findsTheBlockWithTheMostTextWhenThereIsNoMainElement() throws Exception {
        Posting posting = Fixtures.read("generic-divs.html");

        assertThat(posting.title()).isEqualTo("Support Engineer");
        assertThat(posting.company()).isEqualTo("Windrose Games");
        assertThat(posting.text()).startsWith("Windrose Games makes cosy sailing games")
                .doesNotContain("Related jobs", "Community Manager", "Sign in", "Log in", "Gothenburg");
    }

    @Test
    void readsCapitalHeadingsAndDashItemsWrittenAsParagraphs() throws Exception {
        Posting posting = Fixtures.read("generic-divs.html");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(SectionKind.ABOUT, SectionKind.REQUIREMENTS);
        assertThat(posting.sectionText(SectionKind.REQUIREMENTS)).startsWith("Two years in technical support");
    }

    @Test
    void honoursTheCharsetDeclaredInThePage() throws Exception {
        Posting posting = Fixtures.read("latin1-charset.html");

        assertThat(posting.company()).isEqualTo("Grünfeld Solar AG");
        assertThat(posting.text()).contains("Österreich", "Zürich");
    }

    @Test
    void classifiesGermanHeadings() throws Exception {
        Posting posting = Fixtures.read("latin1-charset.html");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.BENEFITS);
    }

    @Test
    void rejectsASignInWall() {
        assertThatThrownBy(() -> Fixtures.read("sign-in-wall.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("no job posting found in the page (sign-in wall?)");
    }

    @Test
    void rejectsAPageWithoutATitle() {
        assertThatThrownBy(() -> Fixtures.read("no-title.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("no job posting found in the page (no job title)");
    }

    @Test
    void takesTheCompanyFromAnImageThePageMarksAsItsLogo() throws Exception {
        Posting posting = Fixtures.read("logo-only-company.html");

        assertThat(posting.company()).isEqualTo("Tidewater Clinics");
        assertThat(posting.title()).isEqualTo("Integration Engineer");
    }
}
