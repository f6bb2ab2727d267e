package org.studysite.export;

import java.io.IOException;
import java.io.Writer;

/**
 * One export format (`export --format NAME`): writes a bank of questions (and, for formats that hold them, other
 * items such as flashcards) to a text file, and says in the report what the format could not hold.
 */
public interface Exporter {
    /** The --format name: "gift", "csv", … */
    String format();

    void write(ExportBank bank, Writer out, ExportReport report) throws IOException;
}
