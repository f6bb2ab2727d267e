package org.studysite.importer;

import org.studysite.model.SourcePosition;

import org.studysite.diag.Diagnostics;
import org.studysite.importer.QuestionDraft.DraftOption;
import org.studysite.model.Band;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns the drafts of one section into an {@link ImportedQuiz}: pairs Answers-section entries with questions,
 * settles each answer (letters, option text or ticked boxes), cuts prompt and explanation Markdown from the
 * source, and reports every question it has to leave out.
 */
final class QuizAssembler {
    private static final java.util.regex.Pattern DOMAIN_TAG =
            java.util.regex.Pattern.compile("^\\[(?:domain|topic|tags?):[^\\]\\n]*]\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern BACK_TO_TOP = java.util.regex.Pattern.compile(
            "^\\W*\\[[^\\]]*\\b(back to top|top|table of contents|contents)\\b[^\\]]*]\\(#[^)]*\\)\\W*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern ECHO_END =
            java.util.regex.Pattern.compile("[*_`]*\\s*(?:$|[.,:;!)\\n]|[-–—]\\s)");
    /** "(Select four)" after the answer letters repeats the question's instruction; it explains nothing. */
    private static final java.util.regex.Pattern SELECT_NOTE = java.util.regex.Pattern.compile(
            "^\\(\\s*(?:select|choose|pick)\\b[^)]*\\)\\.?$", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^\\s*[-*+]\\s+");
    /** "(Case study)" alone after "**Question 41": a note on the label, not the question's first paragraph. */
    private static final java.util.regex.Pattern LABEL_NOTE = java.util.regex.Pattern.compile("^\\([^()]{1,40}\\)$");
    private static final java.util.regex.Pattern LINE_BREAK =
            java.util.regex.Pattern.compile("^\\s*<br\\s*/?>\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A Markdown image whose path is relative to the page: "![Question 52](images/question52.jpeg)". */
    private static final java.util.regex.Pattern RELATIVE_IMAGE = java.util.regex.Pattern.compile(
            "!\\[[^\\]]*]\\(\\s*<?(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^)\\s>]+)");
    private static final String NO_ANSWER_HINT = "add \"**Answer: B**\" under it or in the Answers section";

    private final SourceText source;
    private final String file;
    private final Diagnostics diagnostics;

    QuizAssembler(SourceText source, String file, Diagnostics diagnostics) {
        this.source = source;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    ImportedQuiz assemble(String id, String title, String domain, QuestionParser.Parsed parsed) {
        Map<QuestionDraft, QuestionDraft> entries = AnswerMatcher.pair(parsed.questions(), parsed.answers(),
                d -> prompt(d, false), entry -> warn(entry, "answer " + entry.number + " matches no question",
                        "number it like its question or repeat the question's text above it"));
        List<ImportedQuestion> questions = new ArrayList<>();
        QuestionDraft firstWithImage = null;
        String firstImage = null;
        int withImages = 0;
        for (QuestionDraft draft : parsed.questions()) {
            Optional<ImportedQuestion> q = question(id, draft, entries.get(draft));
            q.ifPresent(questions::add);
            Optional<String> image = q.flatMap(QuizAssembler::relativeImage);
            if (image.isPresent() && withImages++ == 0) {
                firstWithImage = draft;
                firstImage = image.get();
            }
        }
        if (firstWithImage != null) {
            // One warning for the quiz: banks that show a screenshot per question would otherwise print hundreds.
            warn(firstWithImage, "question " + firstWithImage.number + " shows image `" + firstImage
                            + "` by a path relative to the page" + (withImages > 1 ? " (and " + (withImages - 1)
                            + " more questions show such images)" : "") + "; the quiz page will not find it",
                    "copy the page's images into the site's content folder at `quizzes/" + firstImage
                            + "` (quiz pages are `quizzes/ID.html`), or link them by absolute URL");
        }
        int found = parsed.questions().size();
        List<Band> bands = parsed.bands().stream().map(b -> b.toBand(found)).toList();
        return new ImportedQuiz(id, title, domain, bands, questions, found);
    }

    private Optional<ImportedQuestion> question(String quizId, QuestionDraft q, QuestionDraft entry) {
        if (!q.hasOptions()) {
            warn(q, "question " + q.number + " has no options", "write them as \"A) text\" lines under the question");
            return Optional.empty();
        }
        List<String> options = q.options.stream().map(DraftOption::text).toList();
        QuestionDraft answered = q.answer != null && !q.answer.isEmpty() ? q : entry;
        List<String> letters = answered != null ? letters(answered.answer, options) : List.of();
        if (letters.isEmpty() && q.anyChecked()) {
            // Ticked boxes answer the question; the text after them explains it.
            String explanation = QuizPatterns.stripExplanationPrefix(source.cut(q.pendingLines)).strip();
            return Optional.of(build(quizId, q, prompt(q, false), options, checkedLetters(q), explanation));
        }
        if (letters.isEmpty()) {
            warn(q, "question " + q.number + " has no answer", NO_ANSWER_HINT);
            return Optional.empty();
        }
        KeyReading reading = KeyReading.read(answered.answer, letters, options, prompt(q, true));
        if (reading.conflict() != null) {
            warn(answered, "question " + q.number + ": " + reading.conflict(),
                    "fix the key or the options; the question is left out rather than imported with a guessed answer");
            return Optional.empty();
        }
        letters = reading.letters();
        Optional<String> unknown = letters.stream().filter(l -> l.charAt(0) - 'A' >= options.size()).findFirst();
        if (unknown.isPresent()) {
            warn(answered, "question " + q.number + " has no option " + unknown.get(),
                    "its options are A to " + OptionParser.letter(options.size() - 1));
            return Optional.empty();
        }
        String explanation = explanation(answered, options, reading.echoConsumed());
        if (explanation.isEmpty() && entry != null && answered != entry && entry.answer != null) {
            explanation = explanation(entry, options, false);
        }
        // Text between the options and the answer line ("(Select two.)") belongs to the question.
        return Optional.of(build(quizId, q, prompt(q, true), options, letters, explanation));
    }

    private static ImportedQuestion build(String quizId, QuestionDraft q, String prompt, List<String> options,
                                          List<String> letters, String explanation) {
        return new ImportedQuestion(quizId + "-q" + q.number, q.number, cleanPrompt(prompt), options, letters,
                cleanExplanation(explanation));
    }

    /** The first image of a question linked relative to the page it came from, if any. */
    private static Optional<String> relativeImage(ImportedQuestion q) {
        List<String> texts = new ArrayList<>(q.options());
        texts.add(0, q.prompt());
        texts.add(q.explanation());
        for (String text : texts) {
            java.util.regex.Matcher m = RELATIVE_IMAGE.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** "[domain:Storage]" (a tag some question banks put before each prompt) is not part of the question. */
    private static String cleanPrompt(String prompt) {
        return DOMAIN_TAG.matcher(prompt).replaceFirst("");
    }

    /**
     * Page furniture is not explanation: "**[⬆ Back to Top](#table-of-contents)**" after each question. An
     * explanation written in the answer's block quote ("> ✅ **Answer: C**" then "> why") loses its "> ".
     */
    private static String cleanExplanation(String explanation) {
        List<String> kept = new ArrayList<>();
        for (String line : explanation.split("\n", -1)) {
            if (!BACK_TO_TOP.matcher(line).matches()) {
                kept.add(line);
            }
        }
        // "<details><summary>Explanation</summary><br/>": the break only spaced the summary from the text.
        while (!kept.isEmpty() && (kept.get(0).isBlank() || LINE_BREAK.matcher(kept.get(0)).matches())) {
            kept.remove(0);
        }
        boolean quoted = kept.stream().filter(l -> !l.isBlank()).allMatch(l -> l.startsWith(">"));
        if (quoted) {
            kept.replaceAll(l -> l.replaceFirst("^>\\s?", ""));
        }
        // "1. **B) …**" then "   - why": one bullet under a key entry is the explanation, not a list.
        boolean oneBullet = !kept.isEmpty() && BULLET.matcher(kept.get(0)).lookingAt()
                && kept.stream().skip(1).noneMatch(l -> BULLET.matcher(l).lookingAt() || l.isBlank());
        if (oneBullet) {
            kept.replaceAll(l -> BULLET.matcher(l).replaceFirst("").strip());
        }
        return String.join("\n", kept).strip();
    }

    /** Letters as written, else the option whose text the answer repeats ("Answer: OPTIMIZE"). */
    private static List<String> letters(AnswerParser.Answer answer, List<String> options) {
        if (answer == null || !answer.letters().isEmpty()) {
            return answer == null ? List.of() : answer.letters();
        }
        String value = AnswerMatcher.normalize(answer.valueText());
        for (int i = 0; i < options.size(); i++) {
            if (!value.isEmpty() && value.equals(AnswerMatcher.normalize(options.get(i)))) {
                return List.of(OptionParser.letter(i));
            }
        }
        return List.of();
    }

    private static List<String> checkedLetters(QuestionDraft q) {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < q.options.size(); i++) {
            if (q.options.get(i).checked()) {
                letters.add(OptionParser.letter(i));
            }
        }
        return letters;
    }

    private String prompt(QuestionDraft d, boolean withPending) {
        TreeSet<Integer> lines = new TreeSet<>(d.promptLines);
        if (withPending) {
            lines.addAll(d.pendingLines);
        }
        String head = QuizPatterns.stripBoldWrap(d.promptHead);
        if (LABEL_NOTE.matcher(head).matches() && !lines.isEmpty()) {
            head = "";
        }
        boolean sameParagraph = d.origin != QuestionDraft.Origin.HEADING
                && d.origin != QuestionDraft.Origin.TOPIC_HEADING && !lines.isEmpty()
                && lines.first() == d.start.line() + 1;
        return join(head, source.cut(lines), sameParagraph);
    }

    /** What follows the answer: the rest of its line (unless it only repeats the option) and the lines after. */
    private String explanation(QuestionDraft d, List<String> options, boolean echoConsumed) {
        String rest = echoConsumed ? "" : d.answer.echo() ? withoutOptionEcho(d.answer.rest(), d.answer.letters(), options)
                : d.answer.rest();
        if (SELECT_NOTE.matcher(rest).matches()) {
            rest = "";
        }
        String body = source.cut(d.explanationLines);
        boolean sameParagraph = !d.explanationLines.isEmpty() && d.explanationLines.first() == d.answerLine + 1;
        return QuizPatterns.stripExplanationPrefix(join(rest, body, sameParagraph)).strip();
    }

    /** "B) OPTIMIZE — it compacts files" → "it compacts files". */
    private static String withoutOptionEcho(String rest, List<String> letters, List<String> options) {
        if (letters.size() != 1 || rest.isEmpty()) {
            return rest;
        }
        int index = letters.get(0).charAt(0) - 'A';
        String option = index < options.size() ? options.get(index) : "";
        // An echo ends there or at a separator; "`/etc/inittab` held the line." is a sentence that starts with it.
        boolean repeats = !option.isEmpty() && rest.toLowerCase().startsWith(option.toLowerCase())
                && ECHO_END.matcher(rest.substring(option.length())).lookingAt();
        if (!repeats) {
            return rest;
        }
        return rest.substring(option.length()).replaceFirst("^[\\s*_.,:;\\-–—)]+", "").trim();
    }

    private static String join(String first, String rest, boolean sameParagraph) {
        if (first.isEmpty() || rest.isEmpty()) {
            return first.isEmpty() ? rest : first;
        }
        return first + (sameParagraph ? "\n" : "\n\n") + rest;
    }

    private void warn(QuestionDraft d, String message, String hint) {
        diagnostics.warning(new SourcePosition(file, d.start.line() + 1, d.start.markerColumn() + 1), message, hint);
    }
}
