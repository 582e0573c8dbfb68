package dev.tailor.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Saves postings from URLs and job boards as snapshots in one postings folder, so that later runs work offline.
 *
 * <p>Each URL or board job ends as one {@link FetchLine}: saved, unchanged (the server said not modified, or the
 * bytes are the ones already saved) or skipped with a reason. Nothing that is not a posting is ever written:
 * error pages, refused content types and bodies over the cap leave the folder as it was.
 */
public final class PostingFetcher {
    private final FetchSettings settings;
    private final PageFetcher pages;
    private final SnapshotStore store;
    private final BoardFetcher boards;
    private final RobotsPolicy robots;

    /**
     * @param folder   the postings folder; it must exist
     * @param clock    for Retry-After dates and the sidecar's times
     * @param sleeper  how waits are made (tests pass one that only records)
     * @param resolver how host names become addresses for the private-address check
     */
    public PostingFetcher(FetchSettings settings, Path folder, Clock clock, Sleeper sleeper, HostResolver resolver) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("postings folder " + folder + " does not exist");
        }
        this.settings = settings;
        this.pages = new PageFetcher(settings, clock, sleeper, resolver);
        this.store = new SnapshotStore(folder, clock);
        this.boards = new BoardFetcher(settings, pages, store);
        this.robots = new RobotsPolicy(pages);
    }

    /** A fetcher with the real clock, waits and DNS. */
    public static PostingFetcher create(FetchSettings settings, Path folder) {
        return new PostingFetcher(settings, folder, Clock.systemUTC(), Sleeper.SYSTEM, HostResolver.SYSTEM);
    }

    /** Fetches one posting URL into a snapshot. */
    public FetchLine fetchUrl(String url) throws InterruptedException {
        URI uri;
        try {
            uri = AddressGuard.parse(url);
        } catch (FetchRefusedException e) {
            return FetchLine.skipped(url, e.reason());
        }
        String key = SnapshotNames.normalize(uri);
        SnapshotEntry before = store.entry(key);
        try {
            if (!robots.allows(uri)) {
                return FetchLine.skipped(url, "the site's robots.txt asks robots not to fetch it");
            }
            Download download = pages.fetch(uri.toString(), store.validators(key), settings.maxBytes());
            if (download.notModified()) {
                // validators are only sent for a URL with a remembered, still present snapshot
                if (before == null || before.files().isEmpty()) {
                    return FetchLine.skipped(url, "HTTP 304 for a page tailor has not saved");
                }
                store.remember(key, before.files(), download.validators());
                return new FetchLine(FetchLine.Outcome.UNCHANGED, url, before.files().get(0), "not modified");
            }
            ContentKind kind = Objects.requireNonNull(download.kind(), "a full download has a kind");
            byte[] body = CharsetKeeper.keep(kind, Objects.requireNonNull(download.body(), "a full download has a body"),
                    download.charset());
            String name = SnapshotNames.forUrl(uri, kind);
            SnapshotStore.Written written = store.write(name, body);
            if (before != null) {
                dropReplaced(before.files(), name);
            }
            store.remember(key, List.of(name), download.validators());
            return new FetchLine(written == SnapshotStore.Written.SAVED ? FetchLine.Outcome.SAVED
                    : FetchLine.Outcome.UNCHANGED, url, name, null);
        } catch (FetchRefusedException e) {
            return FetchLine.skipped(url, e.reason());
        } catch (IOException e) {
            return FetchLine.skipped(url, "cannot write the snapshot in " + store.folder() + ": " + e.getMessage());
        }
    }

    /** Fetches every job of a board ({@code greenhouse:acme}), reporting each as it is done. */
    public void fetchBoard(String board, Consumer<FetchLine> report) throws InterruptedException {
        boards.fetch(board, report);
    }

    /** A page whose content type changed gets a new extension: the old snapshot would be a stale duplicate. */
    private void dropReplaced(List<String> previous, String current) throws IOException {
        for (String old : previous) {
            if (!old.equals(current) && !old.contains("/") && !old.contains("\\") && !old.startsWith(".")) {
                Files.deleteIfExists(store.folder().resolve(old));
            }
        }
    }
}
