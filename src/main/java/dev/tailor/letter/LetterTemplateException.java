package dev.tailor.letter;

/**
 * A letter template that cannot be used: missing, unreadable, not valid FreeMarker, or using a forbidden
 * built-in. {@code tailor check} reports it and exits with code 2 before anything is written.
 */
public class LetterTemplateException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the template's file name inside the templates folder
     * @param line    1-based line of the problem, or 0 when it concerns the whole file
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong, in words a person understands
     */
    public LetterTemplateException(String file, int line, int column, String problem, Throwable cause) {
        super(describe(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public LetterTemplateException(String file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    private static String describe(String file, int line, int column, String problem) {
        if (line <= 0) {
            return file + ": " + problem;
        }
        return file + ", line " + line + (column > 0 ? ", column " + column : "") + ": " + problem;
    }

    /** The template's file name inside the templates folder. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }
}
