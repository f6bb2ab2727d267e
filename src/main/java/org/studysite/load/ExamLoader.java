package org.studysite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studysite.diag.DidYouMean;
import org.studysite.diag.Diagnostics;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.MarkdownText;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.SourcePosition;

/**
 * Loads an exam file (content/exams/ID.json). Checks what one file can show; weights, pools and references need
 * the other files and are checked by {@code org.studysite.resolve.QuizChecks}.
 */
public final class ExamLoader {
    static final Set<String> EXAM_FIELDS = Set.of("$schema", "id", "title", "description", "questions", "minutes",
            "passPercent", "domains", "pool", "multiSelectScoring");
    static final Set<String> DOMAIN_FIELDS = Set.of("id", "title", "weight", "notes");
    static final Set<String> POOL_FIELDS = Set.of("quizzes", "tags");
    static final List<String> SCORING = List.of("all-or-nothing", "partial");
    static final int DEFAULT_PASS_PERCENT = 70;

    private ExamLoader() {
    }

    public static Optional<Exam> load(String relPath, String json, Diagnostics d) {
        return load(relPath, json, d, QuizLoader.Shared.MARKDOWN);
    }

    /** Loads an exam, compiling its description with the build's {@code markdown}. */
    public static Optional<Exam> load(String relPath, String json, Diagnostics d, MarkdownSupport markdown) {
        FileReport report = new FileReport(relPath, d);
        MarkdownStrings texts = new MarkdownStrings(markdown, relPath, json);
        Optional<Exam> exam = JsonTree.readObject(json, report).map(root -> read(root, relPath, texts, report));
        return report.hasErrors() ? Optional.empty() : exam;
    }

    private static Exam read(Json root, String relPath, MarkdownStrings texts, FileReport report) {
        Fields f = new Fields(root, "exam", EXAM_FIELDS, report);
        String id = f.pageId("id");
        String title = f.requiredString("title", "add \"title\": the exam's name as shown on the page");
        MarkdownText description = f.string("description") == null ? null : texts.compile(f.get("description"));
        Integer count = f.requiredInteger("questions", 1, Integer.MAX_VALUE,
                "add \"questions\": how many questions one attempt draws");
        Integer minutes = f.requiredInteger("minutes", 1, Integer.MAX_VALUE, "add \"minutes\": the time limit");
        Integer pass = f.integer("passPercent", 0, 100);
        List<Domain> domains = domains(f, report);
        Fields pool = f.nested("pool", "pool", POOL_FIELDS);
        List<Json> poolQuizzes = pool == null ? List.of() : pool.strings("quizzes");
        List<String> poolTags = pool == null ? List.of() : pool.stringValues("tags");
        String scoring = scoring(f, report);
        Exam.Locations where = new Exam.Locations(at(f, "questions", report), at(f, "domains", report),
                poolQuizzes.stream().map(report::position).toList());
        return new Exam(id != null ? id : QuizLoader.stem(relPath), title, description, count == null ? 0 : count,
                minutes == null ? 0 : minutes, pass == null ? DEFAULT_PASS_PERCENT : pass, domains,
                poolQuizzes.stream().map(Json::text).toList(), poolTags, scoring, relPath, where);
    }

    private static SourcePosition at(Fields f, String name, FileReport report) {
        Json v = f.get(name);
        return report.position(v != null ? v : f.object());
    }

    private static List<Domain> domains(Fields f, FileReport report) {
        Json list = f.require("domains", "add \"domains\": [{\"id\": …, \"title\": …, \"weight\": …}]");
        if (list != null && list.is(Json.Kind.ARRAY) && list.items().isEmpty()) {
            report.error(list, "`domains` is empty", "an exam needs at least one domain");
        }
        List<Domain> domains = new ArrayList<>();
        for (Json node : list == null ? List.<Json>of() : f.list("domains")) {
            if (!node.is(Json.Kind.OBJECT)) {
                report.error(node, "every domain must be an object {\"id\", \"title\", \"weight\", \"notes\"}", null);
                continue;
            }
            Fields d = new Fields(node, "domain", DOMAIN_FIELDS, report);
            String id = d.requiredString("id", "add \"id\": the name questions use in their \"domain\"");
            String title = d.string("title");
            Integer weight = d.requiredInteger("weight", 0, 100, "add \"weight\": the domain's share in percent");
            var notes = d.refs("notes");
            if (id != null && weight != null) {
                domains.add(new Domain(id, title != null ? title : id, weight, notes, report.position(node)));
            }
        }
        return List.copyOf(domains);
    }

    private static String scoring(Fields f, FileReport report) {
        String s = f.string("multiSelectScoring");
        if (s == null) {
            return SCORING.get(0);
        }
        if (!SCORING.contains(s)) {
            report.error(f.get("multiSelectScoring"), "`multiSelectScoring` must be \"all-or-nothing\" or \"partial\", "
                    + "not \"" + s + "\"", DidYouMean.closest(s, SCORING).map(c -> "did you mean `" + c + "`?")
                    .orElse(null));
        }
        return s;
    }
}
