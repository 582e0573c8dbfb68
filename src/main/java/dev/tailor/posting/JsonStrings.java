package dev.tailor.posting;

/** Decodes the body of a JSON string literal found inside a script by a pattern. */
final class JsonStrings {
    private static final int HEX = 16;

    private JsonStrings() {
    }

    /** The text a JSON string body stands for ("Caf\u00e9 \"Co\"" gives Café "Co"); bad escapes are kept as written. */
    static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < body.length()) {
                        try {
                            out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), HEX));
                            i += 4;
                        } catch (NumberFormatException e) {
                            out.append("\\u");
                        }
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
