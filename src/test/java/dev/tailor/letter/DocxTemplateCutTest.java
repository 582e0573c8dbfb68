package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prototype POI writes is cut where expected, and anything else fails at once rather than in Word. */
class DocxTemplateCutTest {
    private static final Map<String, byte[]> ENTRIES = DocxPrototype.entries();

    @Test
    void prototypeHasTheUsualPartsOfAWordPackage() {
        assertThat(ENTRIES).containsKeys("[Content_Types].xml", "_rels/.rels", DocxPrototype.DOCUMENT,
                DocxPrototype.CORE_PROPERTIES);
        assertThat(ENTRIES.keySet().iterator().next()).isEqualTo("[Content_Types].xml");
    }

    @Test
    void bodyTemplateWithNoLinesIsThePrototypeWithoutItsParagraphs() {
        String document = new String(ENTRIES.get(DocxPrototype.DOCUMENT), StandardCharsets.UTF_8);

        String empty = BodyTemplate.cut(document).fill(List.of());

        assertThat(empty).doesNotContain("<w:p>").contains("<w:body><w:sectPr>").endsWith("</w:document>");
    }

    @Test
    void bodyTemplateRefusesADocumentWithoutTheMarkers() {
        String document = new String(ENTRIES.get(DocxPrototype.DOCUMENT), StandardCharsets.UTF_8)
                .replace(BodyTemplate.marker(LineStyle.ROLE), "Re: something");

        assertThatThrownBy(() -> BodyTemplate.cut(document)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BodyTemplate.marker(LineStyle.ROLE));
    }

    @Test
    void bodyTemplateRefusesARunWithAttributesOnItsText() {
        String marker = BodyTemplate.marker(LineStyle.BODY);
        String document = new String(ENTRIES.get(DocxPrototype.DOCUMENT), StandardCharsets.UTF_8)
                .replace("<w:t>" + marker, "<w:t xml:space=\"preserve\">" + marker);

        assertThatThrownBy(() -> BodyTemplate.cut(document)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("w:t around " + marker);
    }

    @Test
    void coreTemplateFillsEveryPlaceOfAField() {
        CoreTemplate core = CoreTemplate.cut(new String(ENTRIES.get(DocxPrototype.CORE_PROPERTIES),
                StandardCharsets.UTF_8));

        String xml = core.fill(new CoreValues("A & B", "T <1>", "9 words", LocalDate.of(2025, 3, 14)));

        assertThat(xml).contains("<dc:creator>A &amp; B</dc:creator>", "<cp:lastModifiedBy>A &amp; B</cp:lastModifiedBy>",
                        "<dc:title>T &lt;1&gt;</dc:title>", "<dc:description>9 words</dc:description>")
                .doesNotContain("tailor-core-", "1999");
        assertThat(xml.split("2025-03-14T00:00:00Z", -1)).hasSize(3);
    }

    @Test
    void coreTemplateRefusesDatesWrittenAnotherWay() {
        String core = new String(ENTRIES.get(DocxPrototype.CORE_PROPERTIES), StandardCharsets.UTF_8)
                .replace("1999-12-31T00:00:00Z", "1999-12-31T00:00:00.000Z");

        assertThatThrownBy(() -> CoreTemplate.cut(core)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1999-12-31T00:00:00Z");
    }
}
