package org.studysite.search.internal;

/** A JavaScript string literal that is safe inside a script file (no line terminators, no closing tags). */
final class Json {
    private Json() {
    }

    static String str(String s) {
        return append(new StringBuilder(s.length() + 2), s).toString();
    }

    static StringBuilder append(StringBuilder out, String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029';
        }
        if (plain) {
            return out.append('"').append(s).append('"');
        }
        return out.append(escaped(s));
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
