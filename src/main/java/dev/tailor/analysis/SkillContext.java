package dev.tailor.analysis;

import java.util.Set;

/**
 * The words that decide whether an ambiguous skill name is meant as a technology; read from the
 * {@code context} part of the taxonomy file, all in lower case.
 *
 * @param techWords    words that make a nearby ambiguous name technical ("language", "framework")
 * @param stopAfter    words that, right after an ambiguous name, make it an ordinary word ("Go to market")
 * @param techAfter    words that, right after a lower-case ambiguous name, make it technical ("agile methods")
 * @param letterLabels words that make a following single capital letter a label ("Series C", "Plan B")
 */
record SkillContext(Set<String> techWords, Set<String> stopAfter, Set<String> techAfter, Set<String> letterLabels) {
    SkillContext {
        techWords = Set.copyOf(techWords);
        stopAfter = Set.copyOf(stopAfter);
        techAfter = Set.copyOf(techAfter);
        letterLabels = Set.copyOf(letterLabels);
    }
}
