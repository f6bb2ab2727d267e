package org.studysite.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.studysite.model.MarkdownText;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.SourcePosition;

/** Reads one question object of a quiz file, reporting every problem in it. */
final class QuestionReader {
    static final Set<String> QUESTION_FIELDS = Set.of("id", "prompt", "options", "answer", "showCount", "explanation",
            "domain", "tags", "difficulty", "refs");
    static final Set<String> OPTION_FIELDS = Set.of("text", "why");

    private QuestionReader() {
    }

    /** The question, or null when it has errors (all of them reported). */
    static Question read(Json node, String quizDomain, SourcePosition quizDomainAt, MarkdownStrings texts,
                         FileReport report) {
        if (!node.is(Json.Kind.OBJECT)) {
            report.error(node, "every item of `questions` must be an object { … }, not " + node.kind().described, null);
            return null;
        }
        Fields f = new Fields(node, "question", QUESTION_FIELDS, report);
        String id = f.requiredString("id", "give every question a stable id, unique across the site, like \"q-iam-1\"");
        String prompt = f.requiredString("prompt", "add \"prompt\": the question text (Markdown)");
        List<Option> options = options(f, texts, report);
        Json answerNode = f.require("answer", "add \"answer\": \"B\" (one letter) or [\"A\",\"C\"] (several)");
        AnswerReader.Answer answer = answerNode == null ? null
                : AnswerReader.read(answerNode, optionCount(f), report);
        Boolean showCount = f.bool("showCount");
        MarkdownText explanation = f.string("explanation") == null ? null : texts.compile(f.get("explanation"));
        String domain = f.nonBlankString("domain");
        List<String> tags = f.stringValues("tags");
        Integer difficulty = f.integer("difficulty", 1, 3);
        var refs = f.refs("refs");
        if (id == null || prompt == null || options == null || answer == null) {
            return null;
        }
        return new Question(id, texts.compile(f.get("prompt")), options, answer.indexes(), answer.multiple(), Boolean.TRUE.equals(showCount),
                explanation, domain != null ? domain : quizDomain, tags, difficulty, refs, report.position(node),
                domain != null ? report.position(f.get("domain")) : quizDomainAt != null ? quizDomainAt : report.position(node));
    }

    /** From the list itself, so letters are range-checked even when some option is broken. */
    private static int optionCount(Fields f) {
        Json list = f.get("options");
        return list != null && list.is(Json.Kind.ARRAY) ? list.items().size() : -1;
    }

    /** The options, or null when missing or mistyped; fewer than two and duplicates are reported. */
    private static List<Option> options(Fields f, MarkdownStrings texts, FileReport report) {
        Json list = f.require("options", "add \"options\": [\"first\", \"second\", …]");
        if (list == null) {
            return null;
        }
        if (!list.is(Json.Kind.ARRAY)) {
            report.error(list, "`options` must be a list of strings or {\"text\", \"why\"} objects, not "
                    + list.kind().described, null);
            return null;
        }
        if (list.items().size() < 2) {
            report.error(list, "a question needs at least 2 options; this one has " + list.items().size(),
                    "add the wrong answers too");
        }
        List<Option> options = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Json item : list.items()) {
            Option o = option(item, texts, report);
            if (o != null) {
                duplicate(item, o, options.size(), seen, report);
            }
            options.add(o);
        }
        return options.contains(null) ? null : List.copyOf(options);
    }

    private static void duplicate(Json item, Option o, int index, Map<String, Integer> seen, FileReport report) {
        String key = o.text().markdown().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Integer first = seen.putIfAbsent(key, index);
        if (first != null) {
            report.error(item, "option " + AnswerReader.letterOf(index) + " has the same text as option "
                    + AnswerReader.letterOf(first), "every option of a question must be different");
        }
    }

    private static Option option(Json item, MarkdownStrings texts, FileReport report) {
        if (item.is(Json.Kind.STRING)) {
            return blank(item, item.text(), report) ? null : new Option(texts.compile(item), null);
        }
        if (!item.is(Json.Kind.OBJECT)) {
            report.error(item, "an option must be a string or an object {\"text\": …, \"why\": …}, not "
                    + item.kind().described, null);
            return null;
        }
        Fields f = new Fields(item, "option", OPTION_FIELDS, report);
        String text = f.requiredString("text", "add \"text\": the option as shown (Markdown)");
        MarkdownText why = f.string("why") == null ? null : texts.compile(f.get("why"));
        return text == null ? null : new Option(texts.compile(f.get("text")), why);
    }

    private static boolean blank(Json item, String text, FileReport report) {
        if (text.isBlank()) {
            report.error(item, "option text is empty", "write the option's text or remove it");
        }
        return text.isBlank();
    }
}
