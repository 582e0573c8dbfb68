package dev.tailor.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Word package of the prototype with holes for one letter's paragraphs and core properties: every other
 * entry (content types, relationships, settings, app properties) is kept as POI wrote it and copied as is.
 * Immutable once built, so one instance serves any number of threads.
 */
final class DocxPackageTemplate {
    private final Map<String, byte[]> entries;
    private final BodyTemplate body;
    private final CoreTemplate core;

    private DocxPackageTemplate(Map<String, byte[]> entries) {
        this.entries = entries;
        this.body = BodyTemplate.cut(utf8(entries, DocxPrototype.DOCUMENT));
        this.core = CoreTemplate.cut(utf8(entries, DocxPrototype.CORE_PROPERTIES));
    }

    /** Builds the prototype with POI and cuts it; a few milliseconds, once per writer. */
    static DocxPackageTemplate fromPrototype() {
        return new DocxPackageTemplate(DocxPrototype.entries());
    }

    /**
     * The bytes of a .docx holding the lines and the properties. Every entry is stamped with the same time, the
     * start of {@code stamp} in local time, so equal letters give equal bytes in any time zone.
     */
    byte[] write(List<WordLine> lines, CoreValues properties, LocalDate stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry stamped = new ZipEntry(entry.getKey());
                stamped.setTimeLocal(stamp.atStartOfDay());
                zip.putNextEntry(stamped);
                zip.write(switch (entry.getKey()) {
                    case DocxPrototype.DOCUMENT -> body.fill(lines).getBytes(StandardCharsets.UTF_8);
                    case DocxPrototype.CORE_PROPERTIES -> core.fill(properties).getBytes(StandardCharsets.UTF_8);
                    default -> entry.getValue();
                });
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip a Word document in memory", e);
        }
        return out.toByteArray();
    }

    private static String utf8(Map<String, byte[]> entries, String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new IllegalStateException("the Word prototype has no " + name);
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
