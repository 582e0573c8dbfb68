package dev.tailor.fetch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists a job board's jobs through its public API and saves one JSON snapshot per job. Jobs that are no longer
 * listed keep their snapshots: whether a posting closed is for the run to tell, and nothing the person saved
 * disappears.
 */
final class BoardFetcher {
    /** SmartRecruiters pages its listing; a company with more than this many pages of 100 is not one person's search. */
    private static final int MAX_PAGES = 20;

    private final FetchSettings settings;
    private final PageFetcher pages;
    private final SnapshotStore store;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectWriter pretty = json.writerWithDefaultPrettyPrinter();

    BoardFetcher(FetchSettings settings, PageFetcher pages, SnapshotStore store) {
        this.settings = settings;
        this.pages = pages;
        this.store = store;
    }

    void fetch(String text, Consumer<FetchLine> report) throws InterruptedException {
        Board board;
        try {
            board = Board.parse(text);
        } catch (FetchRefusedException e) {
            report.accept(FetchLine.skipped(text, e.reason()));
            return;
        }
        String listingUrl = board.provider().listingUrl(settings.boards(), board.slug());
        String key;
        try {
            key = SnapshotNames.normalize(AddressGuard.parse(listingUrl));
        } catch (FetchRefusedException e) {
            report.accept(FetchLine.skipped(board.toString(), "the board's API address " + listingUrl + ": " + e.reason()));
            return;
        }
        try {
            SnapshotEntry before = store.entry(key);
            Download download = pages.fetch(listingUrl, store.validators(key), settings.maxListingBytes());
            if (download.notModified() && before != null) {
                store.remember(key, before.files(), download.validators());
                report.accept(new FetchLine(FetchLine.Outcome.UNCHANGED, board.toString(), null,
                        "listing not modified, " + before.files().size() + " jobs"));
                return;
            }
            List<JsonNode> listings = listings(board, listingUrl, download);
            List<String> files = new ArrayList<>();
            for (JsonNode listing : listings) {
                for (JsonNode job : board.provider().jobs(listing)) {
                    FetchLine line = saveJob(board, listing, job);
                    if (line.file() != null) {
                        files.add(line.file());
                    }
                    report.accept(line);
                }
            }
            if (files.isEmpty()) {
                report.accept(FetchLine.skipped(board.toString(), "the board lists no jobs"));
            }
            store.remember(key, files, download.validators());
        } catch (FetchRefusedException e) {
            report.accept(FetchLine.skipped(board.toString(), e.reason()));
        } catch (IOException e) {
            report.accept(FetchLine.skipped(board.toString(), "cannot write in " + store.folder() + ": " + e.getMessage()));
        }
    }

    /** The listing's pages: one, except for SmartRecruiters, which answers 100 jobs at a time. */
    private List<JsonNode> listings(Board board, String listingUrl, Download first)
            throws FetchRefusedException, InterruptedException {
        List<JsonNode> listings = new ArrayList<>();
        JsonNode page = parse(board, first);
        listings.add(page);
        if (board.provider() != BoardProvider.SMARTRECRUITERS) {
            return listings;
        }
        int seen = board.provider().jobs(page).size();
        long total = page.path("totalFound").asLong(seen);
        for (int pageNo = 1; pageNo < MAX_PAGES && seen < total && !board.provider().jobs(page).isEmpty(); pageNo++) {
            page = parse(board, pages.fetch(listingUrl + "&offset=" + seen, null, settings.maxListingBytes()));
            listings.add(page);
            seen += board.provider().jobs(page).size();
        }
        return listings;
    }

    private JsonNode parse(Board board, Download download) throws FetchRefusedException {
        if (download.kind() != ContentKind.JSON || download.body() == null) {
            throw new FetchRefusedException("the board's listing is not JSON");
        }
        try {
            JsonNode listing = json.readTree(download.body());
            if (listing == null || !listing.isContainer()) {
                throw new FetchRefusedException("the board's listing is not a " + board.provider().key() + " job list");
            }
            return listing;
        } catch (JacksonException e) {
            throw new FetchRefusedException("the board's listing is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private FetchLine saveJob(Board board, JsonNode listing, JsonNode job) throws IOException, InterruptedException {
        String jobId = board.provider().jobId(job);
        if (jobId == null) {
            return FetchLine.skipped(board + " job", "the listing has a job without an id");
        }
        String source = board + " job " + jobId;
        String name = SnapshotNames.forBoardJob(board.provider().key(), board.slug(), jobId);
        byte[] bytes;
        String detailUrl = board.provider().detailUrl(settings.boards(), board.slug(), jobId);
        if (detailUrl != null) {
            try {
                String detailKey = SnapshotNames.normalize(AddressGuard.parse(detailUrl));
                Download detail = pages.fetch(detailUrl, store.validators(detailKey), settings.maxBytes());
                if (detail.notModified()) {
                    store.remember(detailKey, List.of(name), detail.validators());
                    return new FetchLine(FetchLine.Outcome.UNCHANGED, source, name, "not modified");
                }
                if (detail.kind() != ContentKind.JSON) {
                    return FetchLine.skipped(source, "the job's details are not JSON");
                }
                bytes = detail.body();
                store.remember(detailKey, List.of(name), detail.validators());
            } catch (FetchRefusedException e) {
                return FetchLine.skipped(source, e.reason());
            }
        } else {
            bytes = pretty.writeValueAsBytes(board.provider().payload(listing, job));
        }
        if (bytes.length > settings.maxBytes()) {
            return FetchLine.skipped(source, "too large (over " + Sizes.describe(settings.maxBytes()) + ")");
        }
        SnapshotStore.Written written = store.write(name, bytes);
        return new FetchLine(written == SnapshotStore.Written.SAVED ? FetchLine.Outcome.SAVED
                : FetchLine.Outcome.UNCHANGED, source, name, null);
    }
}
