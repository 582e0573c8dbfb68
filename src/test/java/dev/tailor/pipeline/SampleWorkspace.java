package dev.tailor.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the repository's sample data (postings, profile, templates) in a temporary folder, with the
 * command-line arguments that point a run at it. Tests may change the copy freely.
 */
public record SampleWorkspace(Path root) {
    public static SampleWorkspace copyInto(Path root) {
        copyTree(Path.of("data", "postings"), root.resolve("postings"));
        copyTree(Path.of("templates"), root.resolve("templates"));
        try {
            Files.copy(Path.of("data", "profile.yaml"), root.resolve("profile.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SampleWorkspace(root);
    }

    public Path postings() {
        return root.resolve("postings");
    }

    public Path out() {
        return root.resolve("out");
    }

    public Path db() {
        return root.resolve("db").resolve("tailor");
    }

    public Path profile() {
        return root.resolve("profile.yaml");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    /** Arguments of `tailor run` over this workspace, plus any extra ones. */
    public String[] runArgs(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--postings", postings().toString(),
                "--profile", profile().toString(), "--templates", templates().toString(),
                "--out", out().toString(), "--db", db().toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /**
     * Arguments of `tailor run` relative to the workspace, for a run whose working directory is the workspace:
     * sources (and so posting ids and letter names) are then the same in every workspace.
     */
    String[] relativeRunArgs() {
        return new String[] {"run", "--postings", "postings", "--profile", "profile.yaml", "--templates", "templates",
            "--out", "out", "--db", "db/tailor"};
    }

    /** The sample posting files, sorted as the reader reads them. */
    public List<Path> postingFiles() {
        try (Stream<Path> files = Files.list(postings())) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
