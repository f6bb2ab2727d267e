package org.studysite.export;

import java.util.List;
import java.util.Optional;

/** The export formats by name. */
public final class Exporters {
    private static final List<Exporter> ALL = List.of(new GiftExporter(), new AikenExporter(), new CsvExporter(),
            new AnkiExporter());

    private Exporters() {
    }

    public static Optional<Exporter> byName(String format) {
        return ALL.stream().filter(e -> e.format().equals(format)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Exporter::format).toList();
    }
}
