package dev.tailor.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A letter's {@code docProps/core.xml} as POI wrote it for the prototype, cut where the per-letter values go.
 * The prototype's properties are markers (and a sample date) that this class finds again; filling the holes is
 * string concatenation.
 */
final class CoreTemplate {
    /** The per-letter values, in the words of {@link CoreValues}. */
    enum Field {
        AUTHOR, TITLE, DESCRIPTION, DATE
    }

    /** The date the prototype is given; far from any letter's, and written by POI as {@link #timestamp}. */
    static final LocalDate SAMPLE_DATE = LocalDate.of(1999, 12, 31);

    private final List<String> literals;
    private final List<Field> holes;

    private CoreTemplate(List<String> literals, List<Field> holes) {
        this.literals = List.copyOf(literals);
        this.holes = List.copyOf(holes);
    }

    /** The value the prototype gives a field, so that its places can be found in the XML. */
    static String marker(Field field) {
        return field == Field.DATE ? timestamp(SAMPLE_DATE) : "tailor-core-" + field.name();
    }

    /** A day as W3CDTF at midnight UTC, the way POI writes {@code dcterms:created} and {@code dcterms:modified}. */
    static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date) + "T00:00:00Z";
    }

    /**
     * Cuts the prototype's core properties at every marker.
     *
     * @throws IllegalStateException when a field's marker is missing, e.g. because POI now writes dates otherwise
     */
    static CoreTemplate cut(String coreXml) {
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        List<String> literals = new ArrayList<>();
        List<Field> holes = new ArrayList<>();
        int from = 0;
        while (true) {
            Field next = null;
            int at = coreXml.length();
            for (Field field : Field.values()) {
                int index = coreXml.indexOf(marker(field), from);
                if (index >= 0 && index < at) {
                    next = field;
                    at = index;
                }
            }
            literals.add(coreXml.substring(from, at));
            if (next == null) {
                break;
            }
            holes.add(next);
            found.merge(next, 1, Integer::sum);
            from = at + marker(next).length();
        }
        for (Field field : Field.values()) {
            if (!found.containsKey(field)) {
                throw new IllegalStateException("the Word prototype's core.xml lacks " + marker(field));
            }
        }
        return new CoreTemplate(literals, holes);
    }

    /** The core properties of one letter, every value escaped. */
    String fill(CoreValues values) {
        Map<Field, String> text = new EnumMap<>(Field.class);
        text.put(Field.AUTHOR, XmlText.valid(values.author()));
        text.put(Field.TITLE, XmlText.valid(values.title()));
        text.put(Field.DESCRIPTION, XmlText.valid(values.description()));
        text.put(Field.DATE, timestamp(values.date()));
        StringBuilder xml = new StringBuilder(1024).append(literals.get(0));
        for (int i = 0; i < holes.size(); i++) {
            XmlText.appendEscaped(xml, text.get(holes.get(i)));
            xml.append(literals.get(i + 1));
        }
        return xml.toString();
    }
}
