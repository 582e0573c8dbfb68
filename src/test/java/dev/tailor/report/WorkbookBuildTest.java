package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class WorkbookBuildTest {

    @Test
    void coversEveryClassOfThePackage() throws IOException, URISyntaxException {
        Path folder = Path.of(WorkbookBuild.class.getResource("WorkbookBuild.class").toURI()).getParent();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())))
                    .containsExactlyInAnyOrderElementsOf(WorkbookBuild.CLASSES);
        }
    }

    @Test
    void isTheSameForTheSameBuild() {
        assertThat(WorkbookBuild.stamp()).isEqualTo(WorkbookBuild.stamp()).hasSize(64);
    }
}
