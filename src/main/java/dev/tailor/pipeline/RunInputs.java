package dev.tailor.pipeline;

import dev.tailor.analysis.SignalLexicon;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.letter.LetterTemplates;
import dev.tailor.profile.CandidateProfile;

/**
 * The validated, loaded inputs a run shares across all postings: loaded once, before anything is written.
 *
 * @param profile     the candidate
 * @param templates   compiled letter templates
 * @param taxonomy    the skills taxonomy
 * @param lexicon     the company-signal lexicon
 * @param fingerprint SHA-256 over everything besides the posting that shapes a letter (profile, templates,
 *                    taxonomy, lexicon, formats, letter-logic version): when it changes, every letter is redone
 */
public record RunInputs(
        CandidateProfile profile,
        LetterTemplates templates,
        SkillTaxonomy taxonomy,
        SignalLexicon lexicon,
        String fingerprint) {
}
