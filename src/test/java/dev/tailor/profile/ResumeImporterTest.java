package dev.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.analysis.Seniority;
import dev.tailor.analysis.SkillExtractor;
import dev.tailor.analysis.SkillTaxonomy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeImporterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    static ResumeImporter importer;

    @TempDir
    Path dir;

    @BeforeAll
    static void taxonomy() throws Exception {
        SkillExtractor extractor = new SkillExtractor(SkillTaxonomy.load(Path.of("data/skills.yaml")));
        importer = new ResumeImporter(text -> extractor.find(text).stream().map(o -> o.entry().name()).distinct()
                .toList(), CLOCK);
    }

    @Test
    void readsNameAndContactDetails() throws Exception {
        CandidateProfile draft = importer.importDocx(Resumes.headingsAndBullets(dir));

        assertThat(draft.name()).isEqualTo("Jonas Weber");
        assertThat(draft.email()).isEqualTo("jonas.weber@example.net");
        assertThat(draft.phone()).isEqualTo("+49 30 5550 1234");
        assertThat(draft.links()).containsExactly("github.com/jonas-weber-example");
    }

    @Test
    void everyBulletUnderAJobBecomesAnAchievementOfThatJob() throws Exception {
        CandidateProfile draft = importer.importDocx(Resumes.headingsAndBullets(dir));

        assertThat(draft.achievements()).extracting(Achievement::employer, Achievement::role, Achievement::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kestrel Mobility", "Senior Backend Engineer", 2025),
                        org.assertj.core.groups.Tuple.tuple("Kestrel Mobility", "Senior Backend Engineer", 2025),
                        org.assertj.core.groups.Tuple.tuple("Ostwind Energy", "Backend Engineer", 2021));
    }

    @Test
    void splitsActionFromTheResultWithItsFigures() throws Exception {
        Achievement first = importer.importDocx(Resumes.headingsAndBullets(dir)).achievements().get(0);

        assertThat(first.action()).isEqualTo("rebuilt the trip pricing service in Kotlin on PostgreSQL");
        assertThat(first.result()).isEqualTo("cut p99 latency from 800 ms to 120 ms");
        assertThat(first.skills()).contains("Kotlin", "PostgreSQL");
        assertThat(first.themes()).contains("performance");
    }

    @Test
    void aBulletWithoutAFigureSaysItsResultIsMissing() throws Exception {
        Achievement mentoring = importer.importDocx(Resumes.headingsAndBullets(dir)).achievements().get(1);

        assertThat(mentoring.result()).isEqualTo(AchievementDraft.NO_RESULT);
        assertThat(mentoring.themes()).contains("mentoring");
    }

    @Test
    void yearsAndSeniorityComeFromTheJobs() throws Exception {
        CandidateProfile draft = importer.importDocx(Resumes.headingsAndBullets(dir));

        assertThat(draft.years()).isEqualTo(8);
        assertThat(draft.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(draft.skills()).contains("Kotlin", "Java", "PostgreSQL", "Kubernetes", "Kafka");
    }

    @Test
    void readsJobsLaidOutInATable() throws Exception {
        CandidateProfile draft = importer.importDocx(Resumes.tableLayout(dir));

        assertThat(draft.achievements()).singleElement().satisfies(a -> {
            assertThat(a.employer()).isEqualTo("Larkspur Health");
            assertThat(a.role()).isEqualTo("Software Engineer");
            assertThat(a.year()).isEqualTo(2023);
            assertThat(a.result()).isEqualTo("brought report delay from 24 hours to 5 minutes");
            assertThat(a.skills()).contains("Kafka");
        });
    }

    @Test
    void theDraftLoadsAsAProfile() throws Exception {
        CandidateProfile draft = importer.importDocx(Resumes.headingsAndBullets(dir));
        Path yaml = dir.resolve("profile.yaml");
        Files.writeString(yaml, ProfileYamlWriter.write(draft, "headings.docx"), StandardCharsets.UTF_8);

        CandidateProfile loaded = new ProfileLoader(CLOCK).load(yaml);

        assertThat(loaded).isEqualTo(draft);
    }

    @Test
    void quotesEveryStringSoResumeTextCannotChangeTheYaml() {
        assertThat(ProfileYamlWriter.quote("a: b # \"c\"\nd")).isEqualTo("\"a: b # \\\"c\\\" d\"");
    }

    @Test
    void aFileThatIsNotADocxIsRefused() throws IOException {
        Path file = dir.resolve("resume.docx");
        Files.writeString(file, "just some text, not a zip");

        assertThatThrownBy(() -> importer.importDocx(file)).isInstanceOf(ResumeImportException.class)
                .hasMessageContaining("not a readable Word (.docx) document");
    }

    @Test
    void anEncryptedDocxIsRefusedWithAReason() throws Exception {
        Path plain = Resumes.headingsAndBullets(dir);
        Path encrypted = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> importer.importDocx(encrypted)).isInstanceOf(ResumeImportException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }

        assertThatThrownBy(() -> importer.importDocx(bomb)).isInstanceOf(ResumeImportException.class)
                .hasMessageContaining("not a readable Word (.docx) document");
    }

    @Test
    void bulletSplitKeepsAcronymsAndTurnsGerundsIntoPastTense() {
        assertThat(List.of(AchievementDraft.split("AWS bill cut in half, saving $4,200 a month.")))
                .containsExactly("AWS bill cut in half", "saved $4,200 a month");
    }
}
