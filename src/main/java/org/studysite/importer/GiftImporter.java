package org.studysite.importer;

import org.studysite.diag.Diagnostics;
import org.studysite.model.SourcePosition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle GIFT → quizzes. Questions are blocks separated by blank lines ({@code //} lines are comments);
 * {@code $CATEGORY: a/b} starts the quiz "b"; {@code ::title::} names the question (its id);
 * {@code {=right ~wrong#why ####explanation}} holds the options, {@code ~%50%} weights make it
 * select-all-that-apply (right = positive weight). True/false becomes a two-option question; matching, numeric,
 * short-answer, essay and description items are listed with their line and skipped. Types are told apart in
 * Moodle's own order, so a file means here what it means in Moodle.
 */
public final class GiftImporter {
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d+)?)%");
    private static final Pattern LOOKS_LIKE_WEIGHT = Pattern.compile("^%[^%\\s]*%");
    private static final Pattern FORMAT = Pattern.compile("^\\[(markdown|html|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ID = 60;

    private final String file;
    private final ImportOptions options;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Slugger questionIds = new Slugger();
    private final Map<String, QuizBuilder> quizzes = new LinkedHashMap<>();
    private QuizBuilder current;

    private GiftImporter(String file, ImportOptions options) {
        this.file = file;
        this.options = options;
    }

    /** A quiz being filled: its title, questions and how many question blocks it had in all. */
    private static final class QuizBuilder {
        final String id;
        final String title;
        final List<ImportedQuestion> questions = new ArrayList<>();
        int found;

        QuizBuilder(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    public static ImportResult importGift(String text, String file, ImportOptions options) {
        GiftImporter importer = new GiftImporter(file, options);
        importer.read(text);
        List<ImportedQuiz> out = new ArrayList<>();
        for (QuizBuilder q : importer.quizzes.values()) {
            if (q.found > 0) {
                out.add(new ImportedQuiz(q.id, q.title, options.domain(), List.of(), List.copyOf(q.questions), q.found));
            }
        }
        return new ImportResult(List.copyOf(out), importer.diagnostics.sorted());
    }

    private void read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        current = quiz(fileStem(file));
        List<String> block = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    block(block, numbers);
                    block = new ArrayList<>();
                    numbers = new ArrayList<>();
                }
            } else if (!line.strip().startsWith("//")) {
                block.add(line);
                numbers.add(i + 1);
            }
        }
    }

    private QuizBuilder quiz(String title) {
        String slug = Slugger.slug(title.replaceAll("[^\\p{L}\\p{N}\\s_-]", " ").replaceAll("\\s+", " ").strip());
        String id = options.quizId(slug.isEmpty() ? "quiz" : slug);
        return quizzes.computeIfAbsent(id, k -> new QuizBuilder(id, title));
    }

    private void block(List<String> lines, List<Integer> numbers) {
        if (lines.get(0).strip().startsWith("$CATEGORY:")) {
            String path = lines.get(0).strip().substring("$CATEGORY:".length()).strip();
            String title = path.substring(path.lastIndexOf('/') + 1).strip();
            current = quiz(title.isEmpty() ? fileStem(file) : title);
            if (lines.size() == 1) {
                return;
            }
            lines = lines.subList(1, lines.size());
            numbers = numbers.subList(1, numbers.size());
        }
        GiftText t = GiftText.of(lines, numbers);
        current.found++;
        question(t).ifPresent(current.questions::add);
    }

    private Optional<ImportedQuestion> question(GiftText t) {
        int n = t.length();
        int start = t.skipSpace(0, n);
        String title = null;
        if (t.find("::", start, start + 2) == start) {
            int close = t.find("::", start + 2, n);
            if (close < 0) {
                return error(t, start, "the question title opened by `::` is not closed",
                        "write it as ::title:: before the question, or escape a literal colon as \\:");
            }
            title = t.text(start + 2, close).strip();
            start = close + 2;
        }
        int open = t.find('{', start, n);
        int close = t.find('}', start, n);
        String where = title != null ? "`" + title + "`" : "at line " + t.at(start).line();
        if (open < 0 && close < 0) {
            return skip(t, start, "description " + where + " has no answers", "a description item holds no question");
        }
        if (open >= 0) {
            close = t.find('}', open, n);
        }
        if (open < 0 || close < 0 && t.find('}', start, open) >= 0) {
            int stray = t.find('}', start, n);
            return error(t, stray, "`}` without an opening `{`", "escape a literal brace as \\}");
        }
        if (close < 0) {
            return error(t, open, "the answers opened by `{` are never closed",
                    "close them with `}`, or escape a literal brace as \\{");
        }
        int second = t.find('{', close, n);
        if (second >= 0) {
            return error(t, second, "a second `{` after the answers", "a question has one answer block; escape a"
                    + " literal brace as \\{");
        }
        String after = t.text(close + 1, n).strip();
        String prompt = t.text(start, open).strip() + (after.isEmpty() ? "" : " _____ " + after);
        prompt = stripFormat(prompt.strip());
        if (prompt.isEmpty()) {
            return error(t, open, "the question has no text before its answers", "write the question before `{`");
        }
        int gf = t.findLast("####", open + 1, close);
        String explanation = gf < 0 ? "" : stripFormat(t.text(gf + 4, close).strip());
        int bodyEnd = gf < 0 ? close : gf;
        int first = t.skipSpace(open + 1, bodyEnd);
        if (first >= bodyEnd) {
            return skip(t, open, "essay question " + where + ": studysite quizzes hold multiple choice only", null);
        }
        if (t.isSyntax(first, '#')) {
            return skip(t, open, "numeric question " + where + ": studysite quizzes hold multiple choice only", null);
        }
        if (t.find('~', first, bodyEnd) >= 0) {
            return choice(t, title, prompt, explanation, first, bodyEnd);
        }
        boolean equals = t.find('=', first, bodyEnd) >= 0;
        if (equals && t.text(first, bodyEnd).contains("->")) {
            return skip(t, open, "matching question " + where + ": studysite quizzes hold multiple choice only", null);
        }
        int hash = t.find('#', first, bodyEnd);
        String tf = t.text(first, hash < 0 ? bodyEnd : hash).strip();
        if (tf.matches("T|TRUE|F|FALSE")) {
            return trueFalse(t, title, prompt, explanation, first, hash, bodyEnd, tf.startsWith("T"), where);
        }
        return skip(t, open, "short-answer question " + where + ": studysite quizzes hold multiple choice only", null);
    }

    /** One answer as written: its marker position, whether it was "=", its weight, text and feedback. */
    private record Answer(int at, boolean equals, BigDecimal weight, String text, String why) {
    }

    private Optional<ImportedQuestion> choice(GiftText t, String title, String prompt, String explanation, int from,
                                              int to) {
        if (!t.isSyntax(from, '~') && !t.isSyntax(from, '=')) {
            return error(t, from, "text before the first answer", "start each answer with `=` (right) or `~` (wrong)");
        }
        List<Answer> answers = new ArrayList<>();
        int i = from;
        while (i < to) {
            int next = i + 1;
            while (next < to && !t.isSyntax(next, '~') && !t.isSyntax(next, '=')) {
                next++;
            }
            boolean equals = t.isSyntax(i, '=');
            int textStart = i + 1;
            BigDecimal weight = equals ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
            // As in Moodle, only "~" takes a weight ("=%pip" is the text "%pip"); "~%pip install" without a closing
            // '%' is text too, while "~%half%" is a weight gone wrong.
            if (!equals && textStart < next && t.isSyntax(textStart, '%')) {
                Matcher m = WEIGHT.matcher(t.text(textStart, next));
                if (!m.find() && LOOKS_LIKE_WEIGHT.matcher(t.text(textStart, next)).find()) {
                    return error(t, textStart, "answer weight is not a percentage like %50% or %-25%",
                            "write the weight right after ~ or =, e.g. ~%50%right answer");
                }
                if (m.find(0)) {
                    weight = new BigDecimal(m.group(1));
                    textStart += m.end();
                }
            }
            int hash = t.find('#', textStart, next);
            String text = stripFormat(t.text(textStart, hash < 0 ? next : hash).strip());
            String why = hash < 0 ? "" : stripFormat(t.text(hash + 1, next).strip());
            if (text.isEmpty()) {
                return error(t, i, "an answer with no text", "write the option after `" + t.at(i).c() + "`");
            }
            answers.add(new Answer(i, equals, weight, text, why));
            i = next;
        }
        if (answers.size() < 2) {
            return error(t, from, "a multiple-choice question needs at least two answers", "add another `~wrong` answer");
        }
        boolean single = answers.stream().anyMatch(Answer::equals);
        List<String> letters = new ArrayList<>();
        for (int k = 0; k < answers.size(); k++) {
            Answer a = answers.get(k);
            if (single ? a.equals() : a.weight().signum() > 0) {
                letters.add(OptionParser.letter(k));
            } else if (single && a.weight().signum() > 0) {
                warn(t, a.at(), "answer " + OptionParser.letter(k) + " gives partial credit (" + a.weight().toPlainString()
                        + "%), which studysite quizzes do not: it is imported as a wrong option", null);
            }
        }
        if (letters.isEmpty()) {
            return error(t, from, "no right answer", "mark it with `=`, or give the right answers positive weights"
                    + " (~%50%)");
        }
        if (!single) {
            BigDecimal sum = answers.stream().map(Answer::weight).filter(w -> w.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.1")) > 0) {
                warn(t, from, "the right answers' weights add up to " + sum.stripTrailingZeros().toPlainString()
                        + "%, not 100%", "Moodle would never give full marks; studysite scores all or nothing");
            }
        }
        return Optional.of(build(title, prompt, answers.stream().map(Answer::text).toList(), letters, explanation,
                answers.stream().map(Answer::why).toList(), !single));
    }

    /** {T#shown when wrong#shown when right}: the options True and False, each with its feedback as why. */
    private Optional<ImportedQuestion> trueFalse(GiftText t, String title, String prompt, String explanation,
                                                 int from, int hash, int to, boolean isTrue, String where) {
        String wrong = "";
        String right = "";
        if (hash >= 0) {
            int hash2 = t.find('#', hash + 1, to);
            wrong = stripFormat(t.text(hash + 1, hash2 < 0 ? to : hash2).strip());
            right = hash2 < 0 ? "" : stripFormat(t.text(hash2 + 1, to).strip());
        }
        warn(t, from, "true/false question " + where + " imported as a two-option question (True, False)", null);
        return Optional.of(build(title, prompt, List.of("True", "False"), List.of(isTrue ? "A" : "B"), explanation,
                isTrue ? List.of(right, wrong) : List.of(wrong, right), false));
    }

    private ImportedQuestion build(String title, String prompt, List<String> opts, List<String> letters,
                                   String explanation, List<String> whys, boolean multiple) {
        int number = current.questions.size() + 1;
        String slug = title == null ? "" : Slugger.slug(title.replaceAll("[^\\p{L}\\p{N}\\s_-]", " ").strip()
                .replaceAll("\\s+", " "));
        if (slug.length() > MAX_ID) {
            slug = slug.substring(0, MAX_ID).replaceAll("-+$", "");
        }
        String id = questionIds.unique(slug.isEmpty() ? current.id + "-q" + number : slug);
        return new ImportedQuestion(id, number, prompt, List.copyOf(opts), List.copyOf(letters), explanation,
                List.copyOf(whys), multiple);
    }

    /** "[markdown]text" → "text": the text is Markdown either way (HTML passes the site's safelist). */
    private static String stripFormat(String text) {
        Matcher m = FORMAT.matcher(text);
        return m.find() ? text.substring(m.end()).strip() : text;
    }

    private Optional<ImportedQuestion> error(GiftText t, int at, String message, String hint) {
        diagnostics.error(position(t, at), message, hint);
        return Optional.empty();
    }

    private Optional<ImportedQuestion> skip(GiftText t, int at, String message, String hint) {
        diagnostics.warning(position(t, at), message + "; skipped", hint);
        return Optional.empty();
    }

    private void warn(GiftText t, int at, String message, String hint) {
        diagnostics.warning(position(t, at), message, hint);
    }

    private SourcePosition position(GiftText t, int at) {
        GiftText.Ch c = t.at(Math.max(0, Math.min(at, t.length() - 1)));
        return new SourcePosition(file, c.line(), c.column());
    }

    /** Text as written into a GIFT file, so that this importer (and Moodle) reads it back exactly. */
    public static String escape(String text) {
        return GiftText.escape(text);
    }

    static String fileStem(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
