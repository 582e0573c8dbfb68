/**
 * What a run leaves for the person and for other tools: the review workbook {@code summary.xlsx} and the export
 * {@code postings.jsonl}.
 *
 * <p>{@link dev.tailor.report.PostingRecord} is the input, one per posting, in the DESIGN.md contract.
 * {@link dev.tailor.report.JsonlExporter} writes the export. {@link dev.tailor.report.ReviewWorkbookWriter} writes
 * the workbook (sheets Postings, Skills demand with its chart, Skipped, Runs), and
 * {@link dev.tailor.report.ReviewWorkbookReader} reads the person's Status and Notes back from the previous one as
 * {@link dev.tailor.report.ReviewEdits}, so that each night's rebuild keeps them. Plain Java: no Spring here.
 *
 * <p>Both files are written beside their target and renamed over it, so a reader never sees half a file. Every
 * text reaching a cell is made safe first ({@code SafeText}, {@code LinkTarget}): nothing from a posting can become
 * a formula, an unsafe link, or XML that spreadsheet programs refuse.
 */
package dev.tailor.report;
