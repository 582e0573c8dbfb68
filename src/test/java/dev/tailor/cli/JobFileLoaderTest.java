package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSampleJobFile() throws UsageException {
        JobFile job = new JobFileLoader().load(Path.of("jobs", "nightly.yaml"));

        assertThat(job.postings()).containsExactly("data/postings");
        assertThat(job.profile()).isEqualTo("data/profile.yaml");
        assertThat(job.formats()).containsExactly("md", "html", "docx");
        assertThat(job.schedule()).isEqualTo("0 30 2 * * *");
        assertThat(job.skipLimit()).isEqualTo(1000);
    }

    @Test
    void aSinglePostingsPathNeedNotBeAList() throws Exception {
        JobFile job = new JobFileLoader().load(write("postings: data/postings\nprofile: p.yaml\n"));

        assertThat(job.postings()).containsExactly("data/postings");
    }

    @Test
    void privateAddressesAreRefusedUnlessTheJobFileAllowsThem() throws Exception {
        assertThat(new JobFileLoader().load(write("postings: [x]\n")).allowPrivateAddresses()).isFalse();
        assertThat(new JobFileLoader().load(write("allow-private-addresses: true\n")).allowPrivateAddresses()).isTrue();
    }

    @Test
    void unknownKeyIsNamedWithItsLine() throws IOException {
        Path file = write("postings: [x]\nprofle: p.yaml\n");

        assertThatThrownBy(() -> new JobFileLoader().load(file))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(file + ":2: unknown key 'profle'");
    }

    @Test
    void unknownFormatScheduleAndBoardAreRejected() throws IOException {
        assertThatThrownBy(() -> new JobFileLoader().load(write("formats: [md, pdf]\n")))
                .hasMessageContaining("unknown letter format 'pdf'");
        assertThatThrownBy(() -> new JobFileLoader().load(write("schedule: \"0 2 * * *\"\n")))
                .hasMessageContaining("six fields");
        assertThatThrownBy(() -> new JobFileLoader().load(write("boards: [monster:acme]\n")))
                .hasMessageContaining("board 'monster:acme'");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, text);
        return file;
    }
}
