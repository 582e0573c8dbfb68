package dev.tailor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Which code writes the workbook: the SHA-256 of this package's compiled classes. A workbook written by another
 * build may lay out its cells otherwise, so a run keeps none of its sheets
 * (see {@link ReviewWorkbookWriter#writeRuns}).
 */
public final class WorkbookBuild {
    /** Every class file of this package (WorkbookBuildTest checks the list against the build's output). */
    static final List<String> CLASSES = List.of("AtomicFiles", "CellWriter", "JsonlExporter",
            "JsonlExporter$Lines", "LinkTarget", "PostingColumn", "PostingRecord", "PostingRecord$Lint",
            "PostingRecord$Signal", "PostingRecord$Skill", "PostingsSheet", "ReviewEdits", "ReviewEntry",
            "ReviewSheetHandler", "ReviewWorkbookException", "ReviewWorkbookReader", "ReviewWorkbookWriter",
            "ReviewWorkbookWriter$QuicklyZippedWorkbook", "RunRow", "RunsSheet", "RunsSheetPatch", "SafeText",
            "SheetLayout", "SkillDemand", "SkillDemand$Counter", "SkillDemand$Row", "SkillsDemandSheet",
            "SkippedSheet", "WorkbookBuild", "package-info");

    private WorkbookBuild() {
    }

    /** The stamp of the running build's workbook code. */
    public static String stamp() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : CLASSES) {
                // read through the class loader, so from a jar, a jar in a jar or a folder alike
                try (InputStream in = WorkbookBuild.class.getResourceAsStream(name + ".class")) {
                    if (in == null) {
                        throw new IllegalStateException("no class file " + name + " beside " + WorkbookBuild.class);
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
