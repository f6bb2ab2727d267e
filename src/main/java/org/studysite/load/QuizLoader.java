package org.studysite.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studysite.diag.Diagnostics;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.MarkdownText;
import org.studysite.model.Band;
import org.studysite.model.Card;
import org.studysite.model.Question;
import org.studysite.model.Quiz;

/**
 * Loads a quiz file (a JSON object with a top-level "questions" list). Reports every problem in the file with
 * its line and column, and returns a Quiz only when the file has no errors (warnings are fine).
 */
public final class QuizLoader {
    static final Set<String> QUIZ_FIELDS = Set.of("$schema", "id", "title", "description", "passPercent", "bands",
            "related", "shuffle", "domain", "questions", "cards");
    static final Set<String> BAND_FIELDS = Set.of("minPercent", "label", "message");
    static final Set<String> SHUFFLE_FIELDS = Set.of("questions", "options");

    private QuizLoader() {
    }

    /** @param relPath path relative to the content folder, forward slashes; used in diagnostics and positions */
    public static Optional<Quiz> load(String relPath, String json, Diagnostics d) {
        return load(relPath, json, d, Shared.MARKDOWN);
    }

    /** Loads a quiz, compiling its Markdown strings with the build's {@code markdown}. */
    public static Optional<Quiz> load(String relPath, String json, Diagnostics d, MarkdownSupport markdown) {
        FileReport report = new FileReport(relPath, d);
        MarkdownStrings texts = new MarkdownStrings(markdown, relPath, json);
        Optional<Quiz> quiz = JsonTree.readObject(json, report).map(root -> read(root, relPath, json, texts, report));
        return report.hasErrors() ? Optional.empty() : quiz;
    }

    /** For callers that load one file alone (tests, tools): a MarkdownSupport is immutable and may be shared. */
    static final class Shared {
        static final MarkdownSupport MARKDOWN = MarkdownSupport.create();

        private Shared() {
        }
    }

    private static Quiz read(Json root, String relPath, String json, MarkdownStrings texts, FileReport report) {
        Fields f = new Fields(root, "quiz", QUIZ_FIELDS, report);
        String id = f.pageId("id");
        String title = f.requiredString("title", "add \"title\": the quiz's name as shown on the page");
        MarkdownText description = texts.compile(f.string("description") == null ? null : f.get("description"));
        Integer passPercent = f.integer("passPercent", 0, 100);
        List<Band> bands = bands(f, report);
        var related = f.refs("related");
        Fields shuffle = f.nested("shuffle", "shuffle", SHUFFLE_FIELDS);
        String domain = f.nonBlankString("domain");
        var domainAt = f.get("domain") == null ? null : report.position(f.get("domain"));
        List<Question> questions = questions(f, domain, domainAt, texts, report);
        List<Card> cards = CardReader.read(f, domain, domainAt, texts, report);
        duplicateIds(f, report);
        return new Quiz(id != null ? id : stem(relPath), title, description, passPercent, bands, related,
                flag(shuffle, "questions", false), flag(shuffle, "options", true), domain, questions, cards, relPath,
                contentHash(json));
    }

    /**
     * Options are shuffled unless a quiz says otherwise, so the position of the right answer is no cue; questions
     * keep their order unless shuffled, since a quiz may build from one question to the next.
     */
    private static boolean flag(Fields shuffle, String name, boolean byDefault) {
        Boolean value = shuffle == null ? null : shuffle.bool(name);
        return value == null ? byDefault : value;
    }

    private static List<Question> questions(Fields f, String quizDomain, org.studysite.model.SourcePosition quizDomainAt,
                                            MarkdownStrings texts, FileReport report) {
        Json list = f.require("questions", "add \"questions\": [ { \"id\": …, \"prompt\": …, … } ]");
        if (list == null || !list.is(Json.Kind.ARRAY)) {
            if (list != null) {
                report.error(list, "`questions` must be a list of question objects, not " + list.kind().described, null);
            }
            return List.of();
        }
        if (list.items().isEmpty()) {
            report.error(list, "`questions` is empty", "a quiz needs at least one question");
        }
        List<Question> questions = new ArrayList<>();
        for (Json node : list.items()) {
            Question q = QuestionReader.read(node, quizDomain, quizDomainAt, texts, report);
            if (q != null) {
                questions.add(q);
            }
        }
        missingExplanations(list, report);
        AnswerBalance.check(list, questions, report);
        return List.copyOf(questions);
    }

    /**
     * Questions without an explanation: one warning each, or, when more than a few lack one (an imported bank),
     * a single warning at the first naming how many, so the real problems are not buried.
     */
    private static void missingExplanations(Json list, FileReport report) {
        List<Json> missing = new ArrayList<>();
        for (Json node : list.items()) {
            Json.Member e = node.is(Json.Kind.OBJECT) ? node.members().get("explanation") : null;
            if (node.is(Json.Kind.OBJECT) && (e == null || e.value().is(Json.Kind.STRING) && e.value().text().isBlank())) {
                missing.add(node);
            }
        }
        String hint = "add \"explanation\" so learners see why the answer is right";
        if (missing.size() > 3) {
            report.warning(missing.get(0), missing.size() + " of " + list.items().size()
                    + " questions have no explanation (the first: " + questionName(missing.get(0)) + ")", hint);
            return;
        }
        missing.forEach(n -> report.warning(n, questionName(n) + " has no explanation", hint));
    }

    private static String questionName(Json node) {
        Json.Member id = node.members().get("id");
        return id != null && id.value().is(Json.Kind.STRING) ? "question `" + id.value().text() + "`" : "question";
    }

    /**
     * From the raw nodes, so a duplicate is found even when one of the two items has other errors. Questions and
     * cards share one namespace: both are stored and boxed under "quiz#id".
     */
    private static void duplicateIds(Fields f, FileReport report) {
        Map<String, Json> seen = new HashMap<>();
        for (String listName : List.of("questions", "cards")) {
            Json list = f.get(listName);
            if (list == null || !list.is(Json.Kind.ARRAY)) {
                continue;
            }
            String what = listName.equals("questions") ? "question" : "card";
            for (Json node : list.items()) {
                Json.Member idMember = node.is(Json.Kind.OBJECT) ? node.members().get("id") : null;
                if (idMember == null || !idMember.value().is(Json.Kind.STRING)) {
                    continue;
                }
                Json idNode = idMember.value();
                Json first = seen.putIfAbsent(idNode.text(), idNode);
                if (first != null) {
                    report.error(idNode, "duplicate " + what + " id `" + idNode.text() + "` (lines " + first.line()
                            + " and " + idNode.line() + ")", "question and card ids must be unique; results are"
                            + " stored under them");
                }
            }
        }
    }

    private static List<Band> bands(Fields f, FileReport report) {
        List<Band> bands = new ArrayList<>();
        Map<Integer, Json> seen = new HashMap<>();
        for (Json node : f.list("bands")) {
            if (!node.is(Json.Kind.OBJECT)) {
                report.error(node, "every band must be an object {\"minPercent\", \"label\", \"message\"}", null);
                continue;
            }
            Fields b = new Fields(node, "band", BAND_FIELDS, report);
            Integer min = b.requiredInteger("minPercent", 0, 100, "add \"minPercent\": the lowest score of this band");
            String label = b.requiredString("label", "add \"label\", like \"Excellent\"");
            String message = b.string("message");
            Json first = min == null ? null : seen.putIfAbsent(min, b.get("minPercent"));
            if (first != null) {
                report.error(b.get("minPercent"), "two bands start at minPercent " + min + " (lines " + first.line()
                        + " and " + b.get("minPercent").line() + ")", "give each band a different minPercent");
            }
            if (min != null && label != null) {
                bands.add(new Band(min, label, message == null ? "" : message));
            }
        }
        return List.copyOf(bands);
    }

    static String stem(String relPath) {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** First 12 hex digits of SHA-256 over the file's UTF-8 bytes: changes whenever the file does (cache key). */
    static String contentHash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
