package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Splits a posting's description into titled {@link Section}s and tells what each section is about.
 *
 * <p>Headings are HTML {@code h1}–{@code h6}, bold lines that stand alone, short lines ending in ':' and
 * short lines in capitals (see {@link HeadingRules}); {@link SectionKeywords} classifies them. Text before the
 * first heading is ABOUT when it describes the company, else OTHER. The result is never empty.
 */
public final class SectionSplitter {

    /** Splits plain text: one paragraph or list item a line, headings as lines ending in ':' or in capitals. */
    public List<Section> split(String plainText) {
        return split(PlainTextBlocks.parse(plainText), null);
    }

    /** Splits an HTML description (the element holding it, or a parsed body fragment). */
    public List<Section> split(Element description) {
        return split(HtmlBlocks.of(description), null);
    }

    /** Splits blocks; {@code company} helps to recognise an untitled introduction about the employer. */
    List<Section> split(List<TextBlock> blocks, @Nullable String company) {
        List<Section> sections = new ArrayList<>();
        @Nullable String heading = null;
        @Nullable SectionKind kind = null;
        boolean inherited = false;
        List<String> body = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (!HeadingRules.isHeading(block)) {
                body.add(block.text());
                continue;
            }
            SectionKind previousKind = kind;
            boolean previousEmptyAndNamed = body.isEmpty() && heading != null && !inherited;
            close(sections, heading, kind, body, company);
            heading = HeadingRules.label(block.text());
            kind = SectionKeywords.classify(heading);
            inherited = kind == SectionKind.OTHER && previousEmptyAndNamed;
            if (inherited) {
                // "Benefits" followed at once by a sub-heading such as "Health": the sub-section is still benefits.
                // One level only: a chain of empty headings is page structure, not a sub-section.
                kind = previousKind;
            }
            body = new ArrayList<>();
        }
        close(sections, heading, kind, body, company);
        if (sections.isEmpty()) {
            sections.add(new Section(SectionKind.OTHER, "", ""));
        }
        return List.copyOf(sections);
    }

    private static void close(List<Section> sections, @Nullable String heading, @Nullable SectionKind kind,
            List<String> body, @Nullable String company) {
        if (body.isEmpty()) {
            return;
        }
        String text = String.join("\n", body);
        if (heading == null || kind == null) {
            SectionKind introKind = SectionKeywords.describesCompany(text, company) ? SectionKind.ABOUT : SectionKind.OTHER;
            sections.add(new Section(introKind, "", text));
        } else {
            sections.add(new Section(kind, heading, text));
        }
    }
}
