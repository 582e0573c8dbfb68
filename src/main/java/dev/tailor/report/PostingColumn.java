package dev.tailor.report;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the Postings sheet, in order: header text, width in characters, and whether long text wraps.
 * Fixed widths because SXSSF can only measure the rows still in memory, and measuring is slow.
 */
enum PostingColumn {
    ID("ID", 14, false),
    COMPANY("Company", 22, true),
    TITLE("Title", 34, true),
    LOCATION("Location", 18, true),
    REMOTE("Remote", 9, false),
    SENIORITY("Seniority", 11, false),
    SCORE("Score", 8, false),
    MATCHED("Matched", 30, true),
    MISSING("Missing", 30, true),
    TOP_SIGNALS("Top signals", 36, true),
    OPENING("Opening", 11, false),
    WORDS("Words", 8, false),
    RUBRIC("Rubric", 9, false),
    LETTER("Letter", 32, false),
    POSTING("Posting", 36, false),
    FIRST_SEEN("First seen", 11, false),
    LAST_SEEN("Last seen", 11, false),
    DAYS_OPEN("Days open", 11, false),
    STATE("State", 10, false),
    STATUS("Status", 12, false),
    NOTES("Notes", 40, true);

    private final String header;
    private final int widthChars;
    private final boolean wrap;

    PostingColumn(String header, int widthChars, boolean wrap) {
        this.header = header;
        this.widthChars = widthChars;
        this.wrap = wrap;
    }

    String header() {
        return header;
    }

    int widthChars() {
        return widthChars;
    }

    boolean wrap() {
        return wrap;
    }

    int index() {
        return ordinal();
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(PostingColumn::header).toList();
    }

    static int[] widthsInChars() {
        return Arrays.stream(values()).mapToInt(PostingColumn::widthChars).toArray();
    }
}
