package org.studysite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The benchmark's baseline: commonmark-java alone parsing every .md file and writing its HTML, in parallel, with
 * no front matter, links, templates or assets. studysite's build is reported as a ratio to this.
 */
public final class CommonmarkBaseline {
    private CommonmarkBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        files.parallelStream().forEach(p -> {
            try {
                Path target = out.resolve(in.relativize(p).toString().replaceFirst("\\.md$", ".html"));
                Files.createDirectories(target.getParent());
                Files.writeString(target, renderer.render(parser.parse(Files.readString(p))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("baseline: " + files.size() + " files");
    }
}
