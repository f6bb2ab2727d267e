package org.studysite.load;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Arrays;
import org.studysite.model.SourcePosition;

/**
 * SnakeYAML's positions moved onto our lines. SnakeYAML counts lines by YAML 1.1's breaks, which include NEL, LS and
 * PS (U+0085, U+2028, U+2029), and columns in code points, so its line:col could name a line past the file's end or
 * a column past the line's (found by fuzzing). Its character offset is exact, so every position is made from that
 * offset against the text as the file has it: lines end at {@code \n} only, columns count UTF-16 units like the
 * JSON and Markdown positions do.
 */
final class YamlLines {
    private final String yaml;
    private final String file;
    private final int firstLine;
    private final int[] lineStarts;
    private final boolean surrogates;

    /** @param firstLine the file's line where {@code yaml} starts (2 for front matter after {@code ---}) */
    YamlLines(String yaml, String file, int firstLine) {
        this.yaml = yaml;
        this.file = file;
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = yaml.indexOf('\n'); i >= 0; i = yaml.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.surrogates = yaml.codePoints().count() != yaml.length();
    }

    /** The position of a parser location (a token or an error); the start of the text when there is none. */
    SourcePosition at(JsonLocation location) {
        if (location == null || location.getCharOffset() < 0) {
            return new SourcePosition(file, firstLine, 1);
        }
        long codePoints = location.getCharOffset();
        int index;
        if (!surrogates) {
            index = (int) Math.min(codePoints, yaml.length());
        } else {
            int total = yaml.codePointCount(0, yaml.length());
            index = yaml.offsetByCodePoints(0, (int) Math.min(codePoints, total));
        }
        int line = Arrays.binarySearch(lineStarts, index);
        if (line < 0) {
            line = -line - 2; // the line whose start is the last one before index
        }
        return new SourcePosition(file, firstLine + line, index - lineStarts[line] + 1);
    }
}
