package dev.tailor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A workbook made from one this writer wrote, with a new Runs sheet and every other sheet as it was: what
 * {@link ReviewWorkbookWriter#write} would write when only the runs differ, without encoding 10,000 posting rows
 * again. The Runs sheet (and what the workbook part says of its extent) comes from a workbook written without
 * postings; every other part of the old file is copied as it is, still compressed.
 */
final class RunsSheetPatch {
    private static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    /** The file's properties: its creation time is the new one's, as a full write would have it. */
    private static final String CORE_PART = "docProps/core.xml";
    private static final Pattern SHEET = Pattern.compile("<sheet\\b[^>]*>");
    private static final Pattern DEFINED_NAME = Pattern.compile("<definedName\\b([^>]*)>[^<]*</definedName>");

    private RunsSheetPatch() {
    }

    /** Writes to {@code out} the workbook {@code previous} with the Runs sheet of {@code runs}. */
    static void write(Path previous, Path out, List<RunRow> runs) throws IOException {
        Path fresh = AtomicFiles.createTempBeside(out);
        try {
            ReviewWorkbookWriter.writeWorkbook(fresh, List.of(), Map.of(), runs, null);
            Map<String, byte[]> parts = parts(fresh);
            try (ZipFile old = ZipFile.builder().setPath(previous).get();
                    OutputStream file = Files.newOutputStream(out, StandardOpenOption.TRUNCATE_EXISTING);
                    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
                String oldWorkbook = text(old, WORKBOOK_PART);
                String newWorkbook = new String(parts.get(WORKBOOK_PART), StandardCharsets.UTF_8);
                String newRels = new String(parts.get(WORKBOOK_RELS), StandardCharsets.UTF_8);
                int runsSheet = sheetIndex(oldWorkbook, RunsSheet.NAME);
                if (runsSheet != sheetIndex(newWorkbook, RunsSheet.NAME) || !text(old, WORKBOOK_RELS).equals(newRels)) {
                    throw new IOException("the workbook's sheets are not those this version writes");
                }
                String runsPart = sheetPart(newWorkbook, newRels, RunsSheet.NAME);
                byte[] workbookPart = withNamesOf(oldWorkbook, newWorkbook, runsSheet).getBytes(StandardCharsets.UTF_8);
                Map<String, byte[]> replaced = Map.of(runsPart, parts.get(runsPart), WORKBOOK_PART, workbookPart,
                        CORE_PART, parts.get(CORE_PART));
                for (ZipArchiveEntry entry : Collections.list(old.getEntries())) {
                    byte[] bytes = replaced.get(entry.getName());
                    if (bytes == null) {
                        zip.addRawArchiveEntry(entry, old.getRawInputStream(entry));
                        continue;
                    }
                    zip.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                    zip.write(bytes);
                    zip.closeArchiveEntry();
                }
            }
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /** Every part of a (small) workbook by name. */
    private static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(xlsx).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("the workbook has no " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The position of the sheet {@code name} among the workbook's sheets, from 0. */
    private static int sheetIndex(String workbookXml, String name) throws IOException {
        Matcher sheets = SHEET.matcher(workbookXml);
        for (int index = 0; sheets.find(); index++) {
            if (name.equals(attribute(sheets.group(), "name"))) {
                return index;
            }
        }
        throw new IOException("the workbook has no sheet " + name);
    }

    /** The part that holds the sheet {@code name}, e.g. {@code xl/worksheets/sheet4.xml}. */
    private static String sheetPart(String workbookXml, String rels, String name) throws IOException {
        Matcher sheets = SHEET.matcher(workbookXml);
        while (sheets.find()) {
            if (name.equals(attribute(sheets.group(), "name"))) {
                String id = attribute(sheets.group(), "r:id");
                Matcher relation = Pattern.compile("<Relationship\\b[^>]*\\bId=\"" + Pattern.quote(id) + "\"[^>]*>")
                        .matcher(rels);
                if (relation.find()) {
                    String target = attribute(relation.group(), "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        throw new IOException("the workbook has no part for sheet " + name);
    }

    /**
     * {@code oldXml} with the defined names of sheet {@code sheet} (its filter range and print titles) taken from
     * {@code newXml}: the Runs sheet's filter covers one row more each run.
     */
    private static String withNamesOf(String oldXml, String newXml, int sheet) throws IOException {
        Map<String, String> fresh = new HashMap<>();
        Matcher names = DEFINED_NAME.matcher(newXml);
        while (names.find()) {
            if (String.valueOf(sheet).equals(attribute(names.group(1), "localSheetId"))) {
                fresh.put(attribute(names.group(1), "name"), names.group());
            }
        }
        StringBuilder patched = new StringBuilder();
        Matcher old = DEFINED_NAME.matcher(oldXml);
        int replaced = 0;
        while (old.find()) {
            String replacement = old.group();
            if (String.valueOf(sheet).equals(attribute(old.group(1), "localSheetId"))) {
                replacement = fresh.get(attribute(old.group(1), "name"));
                if (replacement == null) {
                    throw new IOException("the workbook names what this version does not");
                }
                replaced++;
            }
            old.appendReplacement(patched, Matcher.quoteReplacement(replacement));
        }
        old.appendTail(patched);
        if (replaced != fresh.size()) {
            throw new IOException("the workbook lacks names this version writes");
        }
        return patched.toString();
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : null;
    }
}
