package org.studysite.importer;

import org.studysite.model.Band;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Score bands as written under "Score Assessment": "- **9-10 correct**: Excellent! You have…",
 * "- Below 5 correct: More review needed", "- 90%+: Expert". A band starts at its lower bound; "below N" at 0.
 */
final class ScoreBandParser {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BAND = Pattern.compile(
            "^(below|under|less than|fewer than|<)?\\s*(\\d+)\\s*(%)?\\s*(?:(?:-|–|—|to|or)\\s*(\\d+)\\s*%?)?"
                    + "\\s*(\\+|or more|and above|/\\s*\\d+)?\\s*(correct|right|points?|answers?)?\\s*(?:correct)?"
                    + "\\s*[:\\-–—]\\s*(.+)$", FLAGS);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

    private ScoreBandParser() {
    }

    /** A band line as found, before the quiz's question count is known. */
    record BandLine(boolean below, int count, boolean percent, String text) {
        Band toBand(int questionCount) {
            int min = below ? 0 : percent ? count : questionCount == 0 ? 0 : count * 100 / questionCount;
            String[] parts = SENTENCE_END.split(text, 2);
            String message = parts.length > 1 ? parts[1].trim() : "";
            return new Band(Math.max(0, Math.min(100, min)), parts[0].trim(), message);
        }
    }

    static Optional<BandLine> parse(String line) {
        Matcher m = BAND.matcher(line.replace("**", "").replace("__", "").trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean percent = m.group(3) != null;
        boolean scored = percent || m.group(6) != null || m.group(5) != null && m.group(5).startsWith("/");
        if (!scored) {
            return Optional.empty(); // "3 - something" is a list, not a score band
        }
        return Optional.of(new BandLine(m.group(1) != null, Integer.parseInt(m.group(2)), percent, m.group(7).trim()));
    }
}
