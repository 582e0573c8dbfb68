package dev.tailor.posting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The ingestion evaluation ({@code scripts/eval-ingest.sh DIR}): reads every posting file under a folder and
 * prints, per file and in total, whether it yielded a title, a company, a location and a clean description,
 * then lists the failures with their reasons.
 *
 * <p>A description is clean when it has at least {@link HtmlPostingParser#MIN_DESCRIPTION_WORDS} words and
 * none of {@link ChromePhrases}: the words of the page around a posting (cookie banners, sign-in prompts,
 * "similar jobs", apply and share buttons). Run with {@code --bench} it also times the reader against jsoup's
 * own parse of the same files ({@link ParseBenchmark}).
 */
public final class IngestEvaluation {
    private static final int TITLE_WIDTH = 38;
    private static final int COMPANY_WIDTH = 22;
    private static final int LOCATION_WIDTH = 20;

    private final PostingReader reader = new PostingReader();
    private final PrintStream out;

    private IngestEvaluation(PrintStream out) {
        this.out = out;
    }

    /** Evaluates the folders given as arguments; {@code --bench} adds the parse-speed comparison. */
    public static void main(String[] args) throws IOException {
        List<Path> roots = new ArrayList<>();
        boolean bench = false;
        for (String arg : args) {
            if (arg.equals("--bench")) {
                bench = true;
            } else {
                roots.add(Path.of(arg));
            }
        }
        if (roots.isEmpty()) {
            System.err.println("usage: eval-ingest.sh [--bench] DIR...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            files.addAll(postingFiles(root));
        }
        new IngestEvaluation(System.out).evaluate(files);
        if (bench) {
            new ParseBenchmark(System.out).run(files);
        }
    }

    /** The files under the folder a person could have saved as postings, in a stable order. */
    static List<Path> postingFiles(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(IngestEvaluation::isPostingFile).sorted().toList();
        }
    }

    private static boolean isPostingFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".json")
                || name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".gz"));
    }

    private void evaluate(List<Path> files) {
        List<String> failures = new ArrayList<>();
        List<Posting> all = new ArrayList<>();
        int postings = 0;
        int titles = 0;
        int companies = 0;
        int locations = 0;
        int clean = 0;
        int expired = 0;
        out.printf("%-46s %-" + TITLE_WIDTH + "s %-" + COMPANY_WIDTH + "s %-" + LOCATION_WIDTH + "s %6s %s%n",
                "file", "title", "company", "location", "words", "notes");
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<Posting> read;
            try {
                read = reader.readAll(file, file.toString());
            } catch (PostingParseException e) {
                out.printf("%-46s SKIPPED: %s%n", cut(name, 46), e.reason());
                failures.add(name + ": skipped: " + e.reason());
                continue;
            }
            all.addAll(read);
            for (Posting posting : read) {
                postings++;
                String label = read.size() > 1 ? name + posting.source().substring(posting.source().lastIndexOf('#'))
                        : name;
                int words = TextNormalizer.wordCount(posting.text());
                List<String> chrome = ChromePhrases.in(posting.text());
                boolean isClean = chrome.isEmpty() && words >= HtmlPostingParser.MIN_DESCRIPTION_WORDS;
                titles++;
                companies++;
                if (posting.location() != null) {
                    locations++;
                } else {
                    failures.add(label + ": no location");
                }
                if (isClean) {
                    clean++;
                } else {
                    failures.add(label + ": description not clean: "
                            + (chrome.isEmpty() ? "only " + words + " words" : "contains " + String.join(", ", chrome)));
                }
                if (posting.expired()) {
                    expired++;
                }
                out.printf("%-46s %-" + TITLE_WIDTH + "s %-" + COMPANY_WIDTH + "s %-" + LOCATION_WIDTH + "s %6d %s%n",
                        cut(label, 46), cut(posting.title(), TITLE_WIDTH), cut(posting.company(), COMPANY_WIDTH),
                        cut(posting.location() == null ? "-" : posting.location(), LOCATION_WIDTH), words,
                        (posting.expired() ? "expired " : "") + (chrome.isEmpty() ? "" : "chrome: " + chrome));
            }
        }
        out.println();
        out.printf("files %d, postings %d: title %d, company %d, location %d, clean description %d, expired %d%n",
                files.size(), postings, titles, companies, locations, clean, expired);
        out.println();
        out.println("failures (" + failures.size() + "):");
        for (String failure : failures) {
            out.println("  " + failure);
        }
        duplicates(all);
    }

    /** The duplicates the pipeline would find, and how close the nearest distinct texts come to the threshold. */
    private void duplicates(List<Posting> postings) {
        DuplicateIndex index = new DuplicateIndex();
        out.println();
        out.println("duplicates (same address, or texts sharing at least " + DuplicateIndex.MIN_RESEMBLANCE
                + " of their word 3-shingles):");
        for (Posting posting : postings) {
            index.add(posting).ifPresent(match -> out.println("  " + posting.source() + " duplicates " + match.source()
                    + " (" + match.kind().words() + ")"));
        }
        double nearest = -1;
        String pair = "";
        List<long[]> signatures = postings.stream().map(posting -> DuplicateIndex.signature(posting.text())).toList();
        for (int i = 0; i < postings.size(); i++) {
            for (int j = i + 1; j < postings.size(); j++) {
                double resemblance = DuplicateIndex.resemblance(signatures.get(i), signatures.get(j));
                if (resemblance > nearest && !postings.get(i).id().equals(postings.get(j).id())) {
                    nearest = resemblance;
                    pair = postings.get(i).source() + " and " + postings.get(j).source();
                }
            }
        }
        if (postings.size() > 1) {
            out.printf(Locale.ROOT, "  most alike two texts: resemblance %.2f (%s)%n", nearest, pair);
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
