package dev.tailor.letter;

/**
 * Text written as the content of an XML 1.0 element: markup characters escaped, characters XML 1.0 cannot hold
 * replaced. The Word letter is assembled from strings, so this is the one place posting text becomes XML.
 */
final class XmlText {
    /**
     * Stands in for a character XML 1.0 cannot contain (most C0 controls, unpaired surrogates, U+FFFE/F): a space
     * keeps the words on either side apart, as the workbook does. POI used to write a question mark.
     */
    private static final char REPLACEMENT = ' ';

    private XmlText() {
    }

    /** The text with every character XML 1.0 cannot hold replaced; the same string when there is none. */
    static String valid(String text) {
        int first = firstInvalid(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(isValidAlone(c) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text starts or ends with white space, which XML readers may drop unless the element says
     * {@code xml:space="preserve"}. The same test POI applies when it sets a run's text.
     */
    static boolean needsPreservedSpace(String text) {
        return !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /**
     * Appends valid text (see {@link #valid}) escaped for element content: {@code & < >} always, so that no
     * {@code ]]>} or tag can appear, and CR as a reference, as a literal one would be read back as a line feed.
     */
    static void appendEscaped(StringBuilder out, String validText) {
        int start = 0;
        for (int i = 0; i < validText.length(); i++) {
            String entity = entity(validText.charAt(i));
            if (entity != null) {
                out.append(validText, start, i).append(entity);
                start = i + 1;
            }
        }
        out.append(validText, start, validText.length());
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            default -> null;
        };
    }

    private static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isValidAlone(c)) {
                return i;
            }
        }
        return -1;
    }

    /** XML 1.0's Char production for one UTF-16 unit outside a surrogate pair. */
    private static boolean isValidAlone(char c) {
        return c >= 0x20 ? c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) : c == '\t' || c == '\n' || c == '\r';
    }
}
