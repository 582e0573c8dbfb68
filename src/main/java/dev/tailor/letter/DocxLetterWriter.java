package dev.tailor.letter;

import dev.tailor.posting.Posting;
import dev.tailor.profile.CandidateProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Writes a letter as a Word document (DOCX): the candidate's header, the date, the company and the role,
 * the salutation, the body paragraphs and the sign-off, on one A4 page.
 *
 * <p>How, and why (issue 9): POI defines the document, but only once. Building each letter as an
 * {@code XWPFDocument} cost about 1.4 ms, a third of a posting's CPU time, and 1 ms of it was {@code write()}
 * (XmlBeans serialising the same page setup and run properties for every letter, then zipping), followed by a
 * second zip pass to fix the entries' timestamps; trimming around a per-letter document could not remove that.
 * So POI builds a prototype, once, with one sample paragraph per {@link LineStyle} and marker text
 * ({@link DocxPrototype}); {@link DocxPackageTemplate} keeps POI's XML around the markers, and a letter is that
 * XML with its own escaped text ({@link XmlText}) put in, zipped once with fixed entry times: roughly ten times
 * faster (see {@code DocxBenchmark}). Formatting is still said with POI's API, in {@link LineStyle}; the
 * templates refuse a prototype they cannot cut, so a POI upgrade that writes otherwise fails in the tests.
 *
 * <p>The output is deterministic: document dates come from the letter's date and every entry of the package
 * gets the same timestamp, so an unchanged letter gives identical bytes. Thread-safe: the prototype is
 * immutable and each call builds its own bytes.
 */
public final class DocxLetterWriter {
    private static final String CONTACT_SEPARATOR = "  ·  ";

    /**
     * The prototype, built on the first letter rather than with the writer: loading POI and its schemas takes a
     * second or more, which a run that asks for no Word letters should not pay. Class initialisation builds it
     * once per JVM and hands it to every thread safely; it is immutable from then on.
     */
    private static final class SharedTemplate {
        static final DocxPackageTemplate INSTANCE = DocxPackageTemplate.fromPrototype();
    }

    /**
     * Builds the document.
     *
     * @param letter  the rendered letter; its Markdown supplies the salutation and the sign-off
     * @param date    the date printed on the letter, also used as the document's creation date
     * @return the bytes of a .docx file; the paragraphs top to bottom are the name, the contact line, the date,
     *         the company, the role, the salutation, the body paragraphs and the sign-off lines
     */
    public byte[] write(Letter letter, CandidateProfile profile, Posting posting, LocalDate date) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(date, "date");
        // Each value is cleaned once: LetterModel.clean runs a regular expression, and a letter is cheap enough now
        // for a dozen of them to show.
        String name = LetterModel.clean(profile.name());
        String company = LetterModel.clean(posting.company());
        String title = LetterModel.clean(posting.title());
        CoreValues properties = new CoreValues(name, "Cover letter: " + title + ", " + company,
                letter.words() + " words", date);
        LetterLayout layout = LetterLayout.of(letter.markdown(), letter.paragraphs(), posting.company(), profile.name());
        List<WordLine> lines = new ArrayList<>(letter.paragraphs().size() + 10);
        lines.add(new WordLine(LineStyle.NAME, name));
        lines.add(new WordLine(LineStyle.CONTACT, contact(profile)));
        lines.add(new WordLine(LineStyle.DATE, LetterModel.DATE.format(date)));
        lines.add(new WordLine(LineStyle.PLAIN, company));
        lines.add(new WordLine(LineStyle.ROLE, "Re: " + title));
        lines.add(new WordLine(LineStyle.SALUTATION, layout.salutation()));
        for (String paragraph : letter.paragraphs()) {
            lines.add(new WordLine(LineStyle.BODY, paragraph));
        }
        List<String> signOff = layout.signOff();
        for (int i = 0; i < signOff.size(); i++) {
            lines.add(new WordLine(i == 0 ? LineStyle.CLOSING : LineStyle.PLAIN, signOff.get(i)));
        }
        return SharedTemplate.INSTANCE.write(lines, properties, date);
    }

    /** Email, phone, location and links on one line, the ones the profile leaves blank left out. */
    private static String contact(CandidateProfile profile) {
        List<String> items = new ArrayList<>(Arrays.asList(profile.email(), profile.phone(), profile.location()));
        items.addAll(profile.links());
        StringJoiner contact = new StringJoiner(CONTACT_SEPARATOR);
        for (String item : items) {
            String cleaned = LetterModel.clean(item);
            if (!cleaned.isEmpty()) {
                contact.add(cleaned);
            }
        }
        return contact.toString();
    }
}
