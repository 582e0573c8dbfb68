package dev.tailor.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a SkillSpan CoNLL file (token, skill tag, knowledge tag; a blank line between sentences) and
 * regroups its sentences into postings: a posting starts at its title line, the first line before
 * its "Date posted:" line that is not an anonymised placeholder ("&lt;ADDRESS&gt; ...").
 */
final class SkillSpanCorpus {
    /** One posting: its title, its text (one sentence a line) and its knowledge spans. */
    record Document(int index, String title, String text, List<String> knowledgeSpans) {
    }

    private record Sentence(List<String> tokens, List<String> knowledge) {
        String text() {
            return String.join(" ", tokens);
        }
    }

    private SkillSpanCorpus() {
    }

    static List<Document> read(Path conll) throws IOException {
        List<Sentence> sentences = sentences(Files.readAllLines(conll));
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            int date = datePosted(sentences.get(i).tokens());
            if (date > 0) {
                starts.add(i); // a posting whose header lines were not split into sentences
            } else if (date == 0) {
                int start = i - 1;
                while (start > 0 && sentences.get(start).tokens().get(0).startsWith("<")) {
                    start--;
                }
                starts.add(Math.max(0, start));
            }
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        List<Document> documents = new ArrayList<>();
        for (int d = 0; d < starts.size(); d++) {
            int from = starts.get(d);
            int to = d + 1 < starts.size() ? starts.get(d + 1) : sentences.size();
            if (to <= from) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<String> spans = new ArrayList<>();
            for (int s = from; s < to; s++) {
                text.append(sentences.get(s).text()).append('\n');
                spans.addAll(spans(sentences.get(s)));
            }
            String title = sentences.get(from).text();
            int cut = title.indexOf(" Date posted:");
            title = (cut > 0 ? title.substring(0, cut) : title).replaceAll("<[A-Z]+>", "").strip();
            documents.add(new Document(documents.size() + 1, title, text.toString(), spans));
        }
        return documents;
    }

    /** Where "Date posted:" starts in the sentence, or -1. */
    private static int datePosted(List<String> tokens) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (tokens.get(t).equals("Date") && tokens.get(t + 1).equals("posted:")) {
                return t;
            }
        }
        return -1;
    }

    private static List<Sentence> sentences(List<String> lines) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> knowledge = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(tokens, knowledge));
                    tokens = new ArrayList<>();
                    knowledge = new ArrayList<>();
                }
                continue;
            }
            String[] columns = line.split("\t");
            tokens.add(columns[0]);
            knowledge.add(columns.length > 2 ? columns[2] : "O");
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens, knowledge));
        }
        return sentences;
    }

    private static List<String> spans(Sentence sentence) {
        List<String> spans = new ArrayList<>();
        StringBuilder span = null;
        for (int t = 0; t < sentence.tokens().size(); t++) {
            String tag = sentence.knowledge().get(t);
            if (tag.startsWith("B")) {
                if (span != null) {
                    spans.add(span.toString());
                }
                span = new StringBuilder(sentence.tokens().get(t));
            } else if (tag.startsWith("I") && span != null) {
                span.append(' ').append(sentence.tokens().get(t));
            } else if (span != null) {
                spans.add(span.toString());
                span = null;
            }
        }
        if (span != null) {
            spans.add(span.toString());
        }
        return spans;
    }
}
