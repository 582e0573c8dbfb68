package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheShippedTemplates() throws Exception {
        LetterTemplates templates = LetterTemplates.load(LetterFixtures.TEMPLATES);

        assertThat(templates.fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void fingerprintIsTheSameForTheSameFiles() throws Exception {
        copyShippedTemplates();

        assertThat(LetterTemplates.load(dir).fingerprint())
                .isEqualTo(LetterTemplates.load(LetterFixtures.TEMPLATES).fingerprint());
    }

    @Test
    void fingerprintChangesWhenATemplateChanges() throws Exception {
        copyShippedTemplates();
        String before = LetterTemplates.load(dir).fingerprint();

        Files.writeString(dir.resolve("letter.md.ftl"), "\n<#-- edited -->\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(LetterTemplates.load(dir).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void fingerprintChangesWhenATemplateIsAdded() throws Exception {
        copyShippedTemplates();
        String before = LetterTemplates.load(dir).fingerprint();

        Files.writeString(dir.resolve("extra.ftl"), "<#macro extra>Hello</#macro>");

        assertThat(LetterTemplates.load(dir).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws Exception {
        copyShippedTemplates();
        Files.writeString(dir.resolve("paragraphs.ftl"), "<#macro opening>\nfine\n<#if x>\nbroken\n</#macro>\n");

        assertThatThrownBy(() -> LetterTemplates.load(dir))
                .isInstanceOfSatisfying(LetterTemplateException.class, e -> {
                    assertThat(e.file()).isEqualTo("paragraphs.ftl");
                    assertThat(e.line()).isBetween(3, 5);
                    assertThat(e.getMessage()).startsWith("paragraphs.ftl, line " + e.line());
                    assertThat(e.problem()).isNotBlank();
                });
    }

    @Test
    void brokenExtraTemplateIsReportedToo() throws Exception {
        copyShippedTemplates();
        Files.writeString(dir.resolve("footer.ftl"), "line one\n${unclosed\n");

        assertThatThrownBy(() -> LetterTemplates.load(dir))
                .isInstanceOfSatisfying(LetterTemplateException.class, e -> assertThat(e.file()).isEqualTo("footer.ftl"));
    }

    @Test
    void missingRequiredTemplateIsNamed() throws Exception {
        copyShippedTemplates();
        Files.delete(dir.resolve("letter.html.ftlh"));

        assertThatThrownBy(() -> LetterTemplates.load(dir))
                .isInstanceOfSatisfying(LetterTemplateException.class,
                        e -> assertThat(e.file()).isEqualTo("letter.html.ftlh"));
    }

    @Test
    void missingFolderIsReported() {
        assertThatThrownBy(() -> LetterTemplates.load(dir.resolve("nowhere")))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void templateThatEvaluatesStringsIsRefused() throws Exception {
        copyShippedTemplates();
        Files.writeString(dir.resolve("paragraphs.ftl"), "<#macro opening>\n${posting.company?interpret}\n</#macro>\n");

        assertThatThrownBy(() -> LetterTemplates.load(dir))
                .isInstanceOfSatisfying(LetterTemplateException.class, e -> {
                    assertThat(e.file()).isEqualTo("paragraphs.ftl");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("?interpret");
                });
    }

    @Test
    void configurationIsLockedDown() throws Exception {
        Configuration cfg = LetterTemplates.load(LetterFixtures.TEMPLATES).configuration();

        assertThat(cfg.getIncompatibleImprovements()).isEqualTo(Configuration.VERSION_2_3_34);
        assertThat(cfg.getNewBuiltinClassResolver()).isSameAs(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        assertThat(cfg.isAPIBuiltinEnabled()).isFalse();
        assertThat(cfg.getTemplateExceptionHandler()).isSameAs(TemplateExceptionHandler.RETHROW_HANDLER);
        assertThat(cfg.getLogTemplateExceptions()).isFalse();
        assertThat(cfg.getFallbackOnNullLoopVariable()).isFalse();
        assertThat(cfg.getRecognizeStandardFileExtensions()).isTrue();
        assertThat(cfg.getObjectWrapper()).isInstanceOf(freemarker.template.SimpleObjectWrapper.class);
    }

    @Test
    void templateCannotCreateJavaObjects() throws Exception {
        copyShippedTemplates();
        Files.writeString(dir.resolve("paragraphs.ftl"),
                "<#macro opening><#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}</#macro>"
                        + "<#macro achievement></#macro><#macro alignment></#macro><#macro company></#macro>"
                        + "<#macro closing></#macro>");
        LetterRenderer renderer = new LetterRenderer(LetterTemplates.load(dir));

        assertThatThrownBy(() -> renderer.render(LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(),
                LetterFixtures.midProfile(), LetterFixtures.startupTailoring(), LetterFixtures.DATE))
                .isInstanceOf(LetterRenderException.class)
                .hasMessageContaining("paragraphs.ftl");
    }

    private void copyShippedTemplates() throws IOException {
        try (Stream<Path> files = Files.list(LetterFixtures.TEMPLATES)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
    }
}
