package org.studysite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic content folder of N notes (~1,500 words each, with a table, code blocks and 4 links to
 * other notes' sections) in folders of 50, for the benchmark and the page-size test. Seeded: same N, same files.
 */
public final class CorpusGenerator {
    private static final String[] WORDS = ("model feature training data pipeline spark delta mlflow experiment run "
            + "metric parameter artifact registry alias serving endpoint batch stream cluster notebook job task "
            + "vector assembler indexer encoder scaler imputer estimator transformer evaluator validation fold "
            + "precision recall accuracy regression classification boosting bagging variance bias leakage").split(" ");

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    public static void write(Path root, int notes) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("site.yml"), "title: Benchmark corpus\ndescription: Generated notes.\n");
        Files.writeString(root.resolve("index.md"), "---\ntitle: Home\n---\nA generated corpus of " + notes + " notes.\n");
        Random random = new Random(42);
        for (int i = 0; i < notes; i++) {
            Path file = root.resolve(path(i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, note(i, notes, random));
        }
    }

    static String path(int i) {
        return "part-" + (i / 500) + "/chapter-" + (i / 50) + "/note-" + i + ".md";
    }

    private static String note(int i, int total, Random random) {
        StringBuilder sb = new StringBuilder(12_000);
        sb.append("---\ntitle: Note ").append(i).append("\nsidebar_position: ").append(i % 50)
                .append("\ndescription: Generated note ").append(i).append(".\n---\n");
        for (int s = 0; s < 6; s++) {
            sb.append("\n## Section ").append(s).append("\n\n");
            paragraph(sb, random, 120);
            sb.append("\n### Detail ").append(s).append("\n\n");
            paragraph(sb, random, 110);
            if (s == 1) {
                sb.append("\n| Metric | Meaning | Use |\n|---|---|---|\n");
                for (int r = 0; r < 5; r++) {
                    sb.append("| ").append(word(random)).append(" | ").append(word(random)).append(' ')
                            .append(word(random)).append(" | `").append(word(random)).append("` |\n");
                }
            }
            if (s == 2 || s == 4) {
                sb.append("\n```python\nimport mlflow\n\nwith mlflow.start_run() as run:\n    mlflow.log_param(\"alpha\", ")
                        .append(s).append(")\n    # log the metric\n    mlflow.log_metric(\"rmse\", 0.").append(i % 97)
                        .append(")\n```\n");
            }
        }
        sb.append("\n## Links\n\n");
        for (int l = 0; l < 4; l++) {
            int target = (i * 7 + l * 13 + 1) % total;
            sb.append("- See [note ").append(target).append("](").append(relative(path(i), path(target)))
                    .append("#section-").append(l).append(")\n");
        }
        return sb.toString();
    }

    private static void paragraph(StringBuilder sb, Random random, int words) {
        for (int w = 0; w < words; w++) {
            String word = word(random);
            sb.append(w % 17 == 5 ? "**" + word + "**" : word).append(w % 15 == 14 ? ". " : " ");
        }
        sb.append('\n');
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String relative(String from, String to) {
        Path f = Path.of(from).getParent();
        return f.relativize(Path.of(to)).toString().replace('\\', '/');
    }
}
