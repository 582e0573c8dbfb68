package dev.tailor.cli;

import dev.tailor.analysis.SkillExtractor;
import dev.tailor.analysis.SkillOccurrence;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.profile.CandidateProfile;
import dev.tailor.profile.ProfileYamlWriter;
import dev.tailor.profile.ResumeImportException;
import dev.tailor.profile.ResumeImporter;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code tailor profile import RESUME.docx}: prints a draft profile drafted from a Word résumé to stdout. */
final class ProfileImportCommand {
    private final PrintStream out;
    private final Clock clock;

    ProfileImportCommand(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    int execute(String[] args) throws UsageException {
        if (args.length != 3 || !args[1].equals("import")) {
            throw new UsageException("usage: tailor profile import RESUME.docx");
        }
        Path resume = Path.of(args[2]);
        if (!Files.isRegularFile(resume)) {
            throw new UsageException("no such file: " + resume);
        }
        SkillExtractor extractor = new SkillExtractor(taxonomy());
        ResumeImporter importer = new ResumeImporter(text -> extractor.find(text).stream()
                .map(SkillOccurrence::entry).map(e -> e.name()).distinct().toList(), clock);
        CandidateProfile draft;
        try {
            draft = importer.importDocx(resume);
        } catch (ResumeImportException e) {
            throw new UsageException("cannot import the résumé: " + e.getMessage(), e);
        }
        out.print(ProfileYamlWriter.write(draft, resume.getFileName().toString()));
        out.flush();
        return ExitCode.DONE;
    }

    /** The taxonomy packed into the jar, the same one a run uses. */
    private static SkillTaxonomy taxonomy() throws UsageException {
        try (InputStream in = ProfileImportCommand.class.getClassLoader()
                .getResourceAsStream(InputsLoader.TAXONOMY_RESOURCE)) {
            if (in == null) {
                throw new UsageException("the build is incomplete: " + InputsLoader.TAXONOMY_RESOURCE + " is missing");
            }
            return SkillTaxonomy.load(in, InputsLoader.TAXONOMY_RESOURCE);
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            throw new UsageException("the bundled " + e.getMessage(), e);
        }
    }

}
