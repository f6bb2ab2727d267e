package org.studysite.importer;

import org.studysite.diag.Diagnostics;
import org.studysite.model.SourcePosition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's Aiken format → one quiz named after the file: the question's text, options "A." or "A)" one per line in
 * order, then "ANSWER: B". A question ends at its ANSWER line (a blank line between questions is usual, not needed).
 */
public final class AikenImporter {
    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s+(\\S.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final String quizId;
    private int found;
    // the question being read
    private int startLine = -1;
    private final List<String> prompt = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private boolean broken;

    private AikenImporter(String file, String quizId) {
        this.file = file;
        this.quizId = quizId;
    }

    public static ImportResult importAiken(String text, String file, ImportOptions options) {
        String title = GiftImporter.fileStem(file);
        String slug = Slugger.slug(title.replaceAll("[^\\p{L}\\p{N}\\s_-]", " ").replaceAll("\\s+", " ").strip());
        AikenImporter a = new AikenImporter(file, options.quizId(slug.isEmpty() ? "quiz" : slug));
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            a.line(lines[i], i + 1);
        }
        a.end(lines.length);
        List<ImportedQuiz> quizzes = a.found == 0 ? List.of()
                : List.of(new ImportedQuiz(a.quizId, title, options.domain(), List.of(), List.copyOf(a.questions), a.found));
        return new ImportResult(quizzes, a.diagnostics.sorted());
    }

    private void line(String raw, int number) {
        String line = raw.strip();
        if (line.isEmpty()) {
            if (startLine >= 0 && !options.isEmpty()) {
                // A blank line inside a question's options: Moodle reads on to its ANSWER line, so do we.
                return;
            }
            if (startLine >= 0 && options.isEmpty()) {
                prompt.add("");
            }
            return;
        }
        if (startLine < 0) {
            startLine = number;
            found++;
        }
        Matcher answer = ANSWER.matcher(line);
        if (answer.matches()) {
            answer(answer, raw, number);
            reset();
            return;
        }
        Matcher option = OPTION.matcher(line);
        if (option.matches() && option.group(1).charAt(0) == 'A' + options.size()) {
            options.add(option.group(2).strip());
        } else if (!options.isEmpty() && !broken) {
            error(number, raw.indexOf(line.charAt(0)) + 1, "expected option " + OptionParser.letter(options.size())
                    + " or the ANSWER line", "write options as \"" + OptionParser.letter(options.size())
                    + ". text\", one per line, then \"ANSWER: B\"");
        } else if (options.isEmpty()) {
            prompt.add(line);
        }
    }

    private void answer(Matcher m, String raw, int number) {
        String value = m.group(1);
        int column = m.start(1) + raw.indexOf(raw.strip()) + 1;
        if (broken) {
            return; // already reported
        }
        if (options.size() < 2) {
            error(number, 1, "ANSWER before the question's options", "list at least two options \"A. text\", \"B. text\"");
        } else if (!value.matches("[A-Za-z]")) {
            error(number, column, "ANSWER must be one option letter, not `" + value + "`",
                    "Aiken holds single-answer questions: \"ANSWER: B\"");
        } else if (Character.toUpperCase(value.charAt(0)) - 'A' >= options.size()) {
            error(number, column, "there is no option " + value.toUpperCase(), "the options are A to "
                    + OptionParser.letter(options.size() - 1));
        } else {
            int n = questions.size() + 1;
            questions.add(new ImportedQuestion(quizId + "-q" + n, n, String.join("\n", prompt).strip(),
                    List.copyOf(options), List.of(value.toUpperCase()), "",
                    Collections.nCopies(options.size(), ""), false));
        }
    }

    private void end(int lastLine) {
        if (startLine >= 0) {
            error(startLine, 1, "question without an ANSWER line", "end it with \"ANSWER: B\"");
        }
        reset();
    }

    private void reset() {
        startLine = -1;
        prompt.clear();
        options.clear();
        broken = false;
    }

    private void error(int line, int column, String message, String hint) {
        diagnostics.error(new SourcePosition(file, line, column), message, hint);
        broken = true;
    }
}
