package dev.tailor.fetch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The snapshots in one postings folder and the sidecar {@value #SIDECAR} beside them, which remembers per URL
 * the files written and the validators for conditional requests. The sidecar is hidden, so runs ignore it.
 *
 * <p>Snapshots are written to a hidden temporary file and moved into place, so a run never reads half a page;
 * a snapshot whose bytes did not change is not rewritten.
 */
final class SnapshotStore {
    static final String SIDECAR = ".tailor-fetch.json";
    private static final TypeReference<TreeMap<String, SnapshotEntry>> ENTRIES = new TypeReference<>() { };

    private final Path folder;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, SnapshotEntry> entries;

    SnapshotStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.entries = load(folder.resolve(SIDECAR));
    }

    /** Whether a snapshot was written or already held these bytes. */
    enum Written { SAVED, UNCHANGED }

    /** The folder snapshots go to. */
    Path folder() {
        return folder;
    }

    /** The sidecar's memory of a URL, or null. */
    @Nullable SnapshotEntry entry(String key) {
        return entries.get(key);
    }

    /**
     * The validators to send for a URL, or null when a full download is needed: never fetched, the server gave
     * none, or a file it produced has since been deleted (a 304 would not bring it back).
     */
    @Nullable Validators validators(String key) {
        SnapshotEntry entry = entries.get(key);
        if (entry == null || (entry.etag() == null && entry.lastModified() == null)) {
            return null;
        }
        for (String file : entry.files()) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                return null;
            }
        }
        return new Validators(entry.finalUrl(), entry.etag(), entry.lastModified());
    }

    /** Writes a snapshot unless the file already holds exactly these bytes. */
    Written write(String fileName, byte[] bytes) throws IOException {
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain snapshot name: " + fileName);
        }
        Path target = folder.resolve(fileName);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return Written.UNCHANGED;
        }
        writeAtomically(target, bytes);
        return Written.SAVED;
    }

    /** Remembers what a URL produced and saves the sidecar, so an interrupted fetch loses nothing done. */
    void remember(String key, List<String> files, Validators validators) throws IOException {
        entries.put(key, new SnapshotEntry(files, validators.url(), validators.etag(), validators.lastModified(),
                clock.instant().toString()));
        writeAtomically(folder.resolve(SIDECAR), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
    }

    private Map<String, SnapshotEntry> load(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return new TreeMap<>();
        }
        try {
            return json.readValue(sidecar.toFile(), ENTRIES);
        } catch (JacksonException e) {
            // it only saves downloads: a damaged sidecar means fetching everything in full once, nothing worse
            return new TreeMap<>();
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = tempBeside(target);
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Hidden, so a run that happens to list the folder meanwhile ignores it; in the same folder, so the move is atomic. */
    private static Path tempBeside(Path target) throws IOException {
        while (true) {
            String name = "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp";
            try {
                return Files.createFile(target.resolveSibling(name));
            } catch (FileAlreadyExistsException taken) {
                // another writer picked the same name; try the next
            }
        }
    }
}
