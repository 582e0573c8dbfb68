package dev.tailor.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds the test résumés with POI, the way Word lays them out: headings, real list bullets, tables. */
final class Resumes {
    private Resumes() {
    }

    /** A typical one-column résumé: name, contact line, headings, job lines, Word list bullets. */
    static Path headingsAndBullets(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger bullets = bulletNumbering(doc);
            para(doc, "Title", "Jonas Weber");
            para(doc, null, "jonas.weber@example.net · +49 30 5550 1234 · github.com/jonas-weber-example");
            para(doc, "Heading1", "Experience");
            para(doc, null, "Senior Backend Engineer | Kestrel Mobility | 2021 – present");
            bullet(doc, bullets, "Rebuilt the trip pricing service in Kotlin on PostgreSQL, cutting p99 latency from 800 ms to 120 ms.");
            bullet(doc, bullets, "Mentored three engineers through their first on-call rotations.");
            para(doc, null, "Backend Engineer, Ostwind Energy, 2017 - 2021");
            bullet(doc, bullets, "Moved 12 services from virtual machines to Kubernetes, which reduced hosting costs by $90,000 a year.");
            para(doc, "Heading1", "Skills");
            para(doc, null, "Kotlin, Java, PostgreSQL, Kubernetes, Kafka");
            write(doc, dir.resolve("headings.docx"));
        }
        return dir.resolve("headings.docx");
    }

    /** A table layout: role, employer and dates in cells of one row, then a row of typed "•" bullets. */
    static Path tableLayout(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            para(doc, null, "Priya Raman");
            para(doc, null, "priya.raman@example.org");
            para(doc, "Heading1", "Work experience");
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("Software Engineer");
            table.getRow(0).getCell(1).setText("Larkspur Health");
            table.getRow(0).getCell(2).setText("2019 – 2023");
            table.getRow(1).getCell(0).setText("• Replaced nightly batch exports with events on Kafka, bringing report delay from 24 hours to 5 minutes.");
            write(doc, dir.resolve("table.docx"));
        }
        return dir.resolve("table.docx");
    }

    private static void para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    private static void bullet(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.createRun().setText(text);
    }

    private static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    private static void write(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }
}
