package dev.tailor.pipeline;

import dev.tailor.report.PostingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a posting record as {@link PostingStore} stores it (Jackson's JSON of the record), field by field with
 * Jackson's streaming parser. The report step reads every record of the history twice a run; Jackson's binding
 * calls the record's 24-argument constructor through {@code MethodHandle.invokeWithArguments}, which made decoding
 * the larger part of an unchanged run's report step. Gives the record Jackson's binding gives; a field it does not
 * know is skipped, as Jackson's binding does with the mapper's defaults.
 */
final class StoredRecordReader {
    private final JsonMapper json;

    StoredRecordReader(JsonMapper json) {
        this.json = json;
    }

    PostingRecord read(String text) {
        try (JsonParser parser = json.createParser(text)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, text);
            return record(parser, text);
        }
    }

    private static PostingRecord record(JsonParser p, String text) {
        String id = null, source = null, status = null, reason = null, title = null, company = null;
        String location = null, remote = null, seniority = null, opening = null, letter = null, state = null;
        List<PostingRecord.Skill> skills = null;
        List<PostingRecord.Signal> signals = null;
        List<PostingRecord.Lint> lint = null;
        List<String> matched = null, missing = null, achievements = null, sources = null;
        Integer score = null, words = null;
        Double atsCoverage = null;
        LocalDate firstSeen = null, lastSeen = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = string(p, value);
                case "source" -> source = string(p, value);
                case "status" -> status = string(p, value);
                case "reason" -> reason = string(p, value);
                case "title" -> title = string(p, value);
                case "company" -> company = string(p, value);
                case "location" -> location = string(p, value);
                case "remote" -> remote = string(p, value);
                case "seniority" -> seniority = string(p, value);
                case "skills" -> skills = skills(p, value, text);
                case "signals" -> signals = signals(p, value, text);
                case "score" -> score = integer(p, value);
                case "matched" -> matched = strings(p, value, text);
                case "missing" -> missing = strings(p, value, text);
                case "achievements" -> achievements = strings(p, value, text);
                case "opening" -> opening = string(p, value);
                case "letter" -> letter = string(p, value);
                case "words" -> words = integer(p, value);
                case "lint" -> lint = lint(p, value, text);
                case "atsCoverage" -> atsCoverage = decimal(p, value);
                case "state" -> state = string(p, value);
                case "firstSeen" -> firstSeen = date(p, value);
                case "lastSeen" -> lastSeen = date(p, value);
                case "sources" -> sources = strings(p, value, text);
                default -> p.skipChildren();
            }
        }
        return new PostingRecord(id, source, status, reason, title, company, location, remote, seniority, skills,
                signals, score, matched, missing, achievements, opening, letter, words, lint, atsCoverage, state,
                firstSeen, lastSeen, sources);
    }

    private static List<PostingRecord.Skill> skills(JsonParser p, JsonToken value, String text) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY, text);
        List<PostingRecord.Skill> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String name = null, category = null, level = null;
            boolean required = false;
            int count = 0;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "name" -> name = string(p, v);
                    case "category" -> category = string(p, v);
                    case "required" -> required = v == JsonToken.VALUE_TRUE;
                    case "level" -> level = string(p, v);
                    case "count" -> count = v == JsonToken.VALUE_NULL ? 0 : p.getIntValue();
                    default -> p.skipChildren();
                }
            }
            out.add(new PostingRecord.Skill(name, category, required, level, count));
        }
        return out;
    }

    private static List<PostingRecord.Signal> signals(JsonParser p, JsonToken value, String text) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY, text);
        List<PostingRecord.Signal> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String type = null, found = null, evidence = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "type" -> type = string(p, v);
                    case "value" -> found = string(p, v);
                    case "evidence" -> evidence = string(p, v);
                    default -> p.skipChildren();
                }
            }
            out.add(new PostingRecord.Signal(type, found, evidence));
        }
        return out;
    }

    private static List<PostingRecord.Lint> lint(JsonParser p, JsonToken value, String text) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY, text);
        List<PostingRecord.Lint> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String rule = null, detail = null;
            boolean ok = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "rule" -> rule = string(p, v);
                    case "ok" -> ok = v == JsonToken.VALUE_TRUE;
                    case "detail" -> detail = string(p, v);
                    default -> p.skipChildren();
                }
            }
            out.add(new PostingRecord.Lint(rule, ok, detail));
        }
        return out;
    }

    private static List<String> strings(JsonParser p, JsonToken value, String text) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY, text);
        List<String> out = new ArrayList<>();
        for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
            out.add(string(p, item));
        }
        return out;
    }

    private static String string(JsonParser p, JsonToken value) {
        return value == JsonToken.VALUE_NULL ? null : p.getString();
    }

    private static Integer integer(JsonParser p, JsonToken value) {
        return value == JsonToken.VALUE_NULL ? null : p.getIntValue();
    }

    /** A number, or the string Jackson writes for a value that is not one ("NaN", "Infinity"). */
    private static Double decimal(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        return value == JsonToken.VALUE_STRING ? Double.valueOf(p.getString()) : p.getDoubleValue();
    }

    private static LocalDate date(JsonParser p, JsonToken value) {
        return value == JsonToken.VALUE_NULL ? null : LocalDate.parse(p.getString());
    }

    private static void expect(JsonToken found, JsonToken expected, String text) {
        if (found != expected) {
            throw new IllegalStateException("a stored posting record is not as written: " + expected + " expected, "
                    + found + " found in " + text.substring(0, Math.min(200, text.length())));
        }
    }
}
