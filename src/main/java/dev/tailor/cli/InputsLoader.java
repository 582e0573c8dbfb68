package dev.tailor.cli;

import dev.tailor.analysis.AnalysisDataException;
import dev.tailor.analysis.SignalLexicon;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.letter.LetterTemplateException;
import dev.tailor.letter.LetterTemplates;
import dev.tailor.pipeline.RunInputs;
import dev.tailor.pipeline.RunSettings;
import dev.tailor.posting.PostingIds;
import dev.tailor.profile.CandidateProfile;
import dev.tailor.profile.ProfileException;
import dev.tailor.profile.ProfileLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Loads and validates the profile, templates, taxonomy and lexicon; any problem is a usage error (exit 2). */
final class InputsLoader {
    /**
     * Bumped whenever the analysis, matching or letter logic changes what a letter says, so that an upgrade
     * redoes letters written by the previous version.
     */
    static final String LETTER_LOGIC_VERSION = "1";
    static final String TAXONOMY_RESOURCE = "tailor/skills.yaml";
    static final String LEXICON_RESOURCE = "tailor/signals.yaml";
    /** A person's own skills, merged over the bundled taxonomy, read from the profile's folder. */
    static final String LOCAL_TAXONOMY = "skills.local.yaml";
    /** A person's own company-signal entries, added to the bundled lexicon, read from the profile's folder. */
    static final String LOCAL_LEXICON = "signals.local.yaml";

    private final Clock clock;

    InputsLoader(Clock clock) {
        this.clock = clock;
    }

    RunInputs load(RunSettings settings) throws UsageException {
        // The bundled taxonomy and lexicon (most of the YAML to read) load on a second thread while this one
        // reads the profile and compiles the templates: the person waits for the longer half only. Problems
        // are still reported in the same order: profile, templates, then the bundled files.
        CompletableFuture<BundledData> bundled = CompletableFuture.supplyAsync(InputsLoader::loadBundled,
                InputsLoader::startDaemon);
        CandidateProfile profile;
        byte[] profileBytes;
        try {
            profile = new ProfileLoader(clock).load(settings.profile());
            profileBytes = Files.readAllBytes(settings.profile());
        } catch (ProfileException e) {
            throw new UsageException("invalid profile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UsageException("profile " + settings.profile() + " cannot be read: " + e.getMessage(), e);
        }
        LetterTemplates templates;
        try {
            templates = LetterTemplates.load(settings.templates());
        } catch (LetterTemplateException e) {
            throw new UsageException("invalid template: " + e.getMessage(), e);
        }
        BundledData data = join(bundled);
        byte[] taxonomyBytes = data.taxonomyBytes();
        byte[] lexiconBytes = data.lexiconBytes();
        SkillTaxonomy taxonomy = data.taxonomy();
        SignalLexicon lexicon = data.lexicon();
        // A person's own taxonomy and lexicon entries, beside the profile: read at every run, no rebuild.
        Path dataFolder = settings.profile().toAbsolutePath().getParent();
        byte[] localSkills = local(dataFolder, LOCAL_TAXONOMY);
        byte[] localSignals = local(dataFolder, LOCAL_LEXICON);
        try {
            if (localSkills.length > 0) {
                taxonomy = taxonomy.withAdditions(new ByteArrayInputStream(localSkills),
                        dataFolder.resolve(LOCAL_TAXONOMY).toString());
            }
            if (localSignals.length > 0) {
                lexicon = lexicon.withAdditions(new ByteArrayInputStream(localSignals),
                        dataFolder.resolve(LOCAL_LEXICON).toString());
            }
        } catch (AnalysisDataException e) {
            throw new UsageException("invalid " + e.getMessage(), e);
        }
        String fingerprint = PostingIds.sha256(String.join("\n",
                "logic " + LETTER_LOGIC_VERSION,
                "profile " + PostingIds.sha256(profileBytes),
                "templates " + templates.fingerprint(),
                "taxonomy " + PostingIds.sha256(taxonomyBytes) + " " + PostingIds.sha256(localSkills),
                "lexicon " + PostingIds.sha256(lexiconBytes) + " " + PostingIds.sha256(localSignals),
                "formats " + String.join(",", RunSettings.ALL_FORMATS.stream().filter(settings.formats()::contains).toList()))
                .getBytes(StandardCharsets.UTF_8));
        return new RunInputs(profile, templates, taxonomy, lexicon, fingerprint);
    }

    /** The bytes of an optional file of the data folder; none when it does not exist. */
    private static byte[] local(Path folder, String name) throws UsageException {
        Path file = folder == null ? Path.of(name) : folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The taxonomy and lexicon packed into the jar, with their bytes for the fingerprint. */
    private record BundledData(byte[] taxonomyBytes, SkillTaxonomy taxonomy, byte[] lexiconBytes,
            SignalLexicon lexicon) {
    }

    private static BundledData loadBundled() {
        try {
            byte[] taxonomyBytes = bundled(TAXONOMY_RESOURCE);
            byte[] lexiconBytes = bundled(LEXICON_RESOURCE);
            try {
                return new BundledData(taxonomyBytes,
                        SkillTaxonomy.load(new ByteArrayInputStream(taxonomyBytes), TAXONOMY_RESOURCE),
                        lexiconBytes, SignalLexicon.load(new ByteArrayInputStream(lexiconBytes), LEXICON_RESOURCE));
            } catch (Exception e) {
                throw new UsageException("the bundled " + e.getMessage(), e);
            }
        } catch (UsageException e) {
            throw new CompletionException(e);
        }
    }

    private static BundledData join(CompletableFuture<BundledData> bundled) throws UsageException {
        try {
            return bundled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UsageException usage) {
                throw usage;
            }
            throw new UsageException("the bundled taxonomy or lexicon could not be loaded: " + e.getCause(), e);
        }
    }

    /** A daemon thread per load: a usage error on this thread must not leave the JVM waiting for the other. */
    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "tailor-inputs");
        thread.setDaemon(true);
        thread.start();
    }

    private static byte[] bundled(String resource) throws UsageException {
        try (InputStream in = InputsLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UsageException("the build is incomplete: " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UsageException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
