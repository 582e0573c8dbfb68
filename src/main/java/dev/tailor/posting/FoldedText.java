package dev.tailor.posting;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Text gathered with every char lower-cased on its own and the zero-width spaces and soft hyphens dropped (and, if
 * asked, its white space), in which
 * {@link ExpiryNotices} looks for its words. Wherever the lower-cased text holds a word none of whose letters is the
 * dotted capital I or the Greek sigma, this holds it too: String.toLowerCase differs from char by char only there.
 * It is one cheap pass, where String.toLowerCase of a text that is not all Latin-1 cost as much as the search.
 */
final class FoldedText {
    private static final int FIRST_CAPACITY = 64;
    /**
     * The chars folded by table lookup: Latin-1 and Latin Extended-A, which hold the letters of the German and Czech
     * pages (č, ř, ž ...) as well as the English ones.
     */
    private static final char TABLE_END = 0x180;
    /** What a dropped char folds to in the tables; no char of the table folds to a char with this bit. */
    private static final char DROPPED = '\uFFFF';
    private static final int DROPPED_BIT = 15;
    private static final char[] TABLE = folds(true);
    private static final char[] TABLE_WITHOUT_WHITE_SPACE = folds(false);

    private final boolean keepsWhiteSpace;
    /**
     * The pieces appended, folded only when the text is asked for: into one array of the right size, where folding
     * as they came meant growing an array (a page's text is some thousands of chars in hundreds of pieces).
     */
    private String[] pieces = new String[FIRST_CAPACITY];
    private int count;
    private int length;
    private @Nullable String folded;

    /** Empty text, to which folded text is appended as it is, white space and all. */
    FoldedText() {
        this(true);
    }

    private FoldedText(boolean keepsWhiteSpace) {
        this.keepsWhiteSpace = keepsWhiteSpace;
    }

    /**
     * Empty text that drops white space (and no-break spaces) from what is appended: it holds a phrase's words joined
     * wherever a text that puts white space between the same pieces holds the phrase.
     */
    static FoldedText withoutWhiteSpace() {
        return new FoldedText(false);
    }

    /** Adds the text, folded, to what was gathered; pieces are joined as they come, with nothing between them. */
    void append(String text) {
        if (count == pieces.length) {
            pieces = Arrays.copyOf(pieces, count * 2);
        }
        pieces[count++] = text;
        length += text.length();
        folded = null;
    }

    /**
     * Whether the text gathered so far holds one of the phrases: what {@code toString()} holds, read a char at a time
     * as it is folded, without a copy of it.
     */
    boolean holdsAny(PhraseSet phrases) {
        char[] table = keepsWhiteSpace ? TABLE : TABLE_WITHOUT_WHITE_SPACE;
        // Each char of the table straight to its column (folded first), or -1 when it is dropped.
        int[] columns = new int[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            columns[c] = table[c] == DROPPED ? -1 : phrases.column(table[c]);
        }
        int row = PhraseSet.START;
        for (int p = 0; p < count; p++) {
            String piece = pieces[p];
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                int column;
                if (c < TABLE_END) {
                    column = columns[c];
                    if (column < 0) {
                        continue;
                    }
                } else if (c != '\u200B' && (keepsWhiteSpace || !Character.isWhitespace(c))) {
                    column = phrases.column(Character.toLowerCase(c));
                } else {
                    continue;
                }
                row = phrases.nextRow(row, column);
                if (row == PhraseSet.FOUND) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text gathered so far. */
    @Override
    public String toString() {
        if (folded == null) {
            char[] chars = new char[length];
            int end = 0;
            for (int i = 0; i < count; i++) {
                end = fold(pieces[i], chars, end, keepsWhiteSpace);
            }
            folded = new String(chars, 0, end);
        }
        return folded;
    }

    /** The text folded. */
    static String of(String text) {
        char[] out = new char[text.length()];
        return new String(out, 0, fold(text, out, 0, true));
    }

    /** The text folded, without its white space: as {@link #withoutWhiteSpace} gathers it. */
    static String withoutWhiteSpace(String text) {
        char[] out = new char[text.length()];
        return new String(out, 0, fold(text, out, 0, false));
    }

    /** Writes the folded text into {@code out} from {@code at}, which has room for all of it; returns where it ends. */
    private static int fold(String text, char[] out, int at, boolean keepsWhiteSpace) {
        // Copied in bulk, then folded in place: cheaper than reading the string a char at a time.
        text.getChars(0, text.length(), out, at);
        char[] table = keepsWhiteSpace ? TABLE : TABLE_WITHOUT_WHITE_SPACE;
        int end = at;
        for (int i = at; i < at + text.length(); i++) {
            char c = out[i];
            if (c < TABLE_END) {
                // Nearly every char: looked up, written, and kept unless it is DROPPED, without a branch.
                char folded = table[c];
                out[end] = folded;
                end += (folded >>> DROPPED_BIT) ^ 1;
            } else if (c != '\u200B' && (keepsWhiteSpace || !Character.isWhitespace(c))) {
                out[end++] = Character.toLowerCase(c);
            }
        }
        return end;
    }

    /**
     * Each char of the table folded as {@link Character#toLowerCase(char)} folds it, or {@link #DROPPED}: the soft
     * hyphen always, and without white space, white space and the no-break space too.
     */
    private static char[] folds(boolean keepsWhiteSpace) {
        char[] folds = new char[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            boolean dropped = c == '\u00AD' || !keepsWhiteSpace && (c == '\u00A0' || Character.isWhitespace(c));
            folds[c] = dropped ? DROPPED : Character.toLowerCase(c);
        }
        return folds;
    }
}
