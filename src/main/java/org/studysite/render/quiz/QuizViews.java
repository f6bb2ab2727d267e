package org.studysite.render.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.studysite.model.Band;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;
import org.studysite.model.StudyPath;

/**
 * Builds the view records the quiz, exam, progress, review and paths templates read. Every href handed in is
 * printed as it is, so the functions must return URLs relative to the page being rendered.
 */
public final class QuizViews {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)\\A\\s*<p>((?:(?!</?p[ >]).)*)</p>\\s*\\z");

    private QuizViews() {
    }

    /** The contract signature: refs are labelled with their raw text ("note-id#anchor"). */
    public static QuizView quiz(Quiz quiz, int defaultPassPercent, Function<String, String> markdownToHtml,
                                Function<Ref, String> refHref, Function<String, String> domainTitle, String editUrl) {
        return quizWithRefLinks(quiz, defaultPassPercent, markdownToHtml,
                ref -> new LinkView(refHref.apply(ref), ref.raw()), domainTitle, editUrl);
    }

    /** Like {@link #quiz} but the caller labels refs too (usually with the note's title). */
    public static QuizView quizWithRefLinks(Quiz quiz, int defaultPassPercent, Function<String, String> markdownToHtml,
                                            Function<Ref, LinkView> refLink, Function<String, String> domainTitle,
                                            String editUrl) {
        List<QuestionView> questions = new ArrayList<>();
        int n = 1;
        for (Question q : quiz.questions()) {
            questions.add(question(q, n++, markdownToHtml, refLink, domainTitle, editUrl));
        }
        List<Band> bands = new ArrayList<>(quiz.bands() == null ? List.of() : quiz.bands());
        bands.sort(Comparator.comparingInt(Band::minPercent).reversed());
        return new QuizView(quiz.id(), quiz.title(), md(markdownToHtml, quiz.description()),
                quiz.passPercent() != null ? quiz.passPercent() : defaultPassPercent, List.copyOf(bands),
                nullToEmpty(quiz.related()).stream().map(refLink).toList(),
                quiz.shuffleQuestions(), quiz.shuffleOptions(), contentHash(quiz), List.copyOf(questions), editUrl);
    }

    public static QuestionView question(Question q, int number, Function<String, String> markdownToHtml,
                                        Function<Ref, LinkView> refLink, Function<String, String> domainTitle,
                                        String editUrl) {
        Set<Integer> answer = Set.copyOf(q.answer());
        List<OptionView> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            Option o = q.options().get(i);
            options.add(new OptionView(letter(i), inline(md(markdownToHtml, o.text())), md(markdownToHtml, o.why()),
                    answer.contains(i)));
        }
        String letters = String.join(",", q.answer().stream().sorted().map(QuizViews::letter).toList());
        String domain = q.domain() == null ? "" : q.domain();
        return new QuestionView(q.id(), number, md(markdownToHtml, q.prompt()), q.multiple(), q.showCount(),
                q.answer().size(), List.copyOf(options), letters, md(markdownToHtml, q.explanation()), domain,
                domain.isEmpty() ? "" : orEmpty(domainTitle.apply(domain)), List.copyOf(nullToEmpty(q.tags())),
                q.difficulty(), nullToEmpty(q.refs()).stream().map(refLink).toList(), editUrl);
    }

    /** Index row for quizzes.ftlh. */
    public static QuizSummaryView summary(Quiz quiz, int defaultPassPercent, String href,
                                          Function<String, String> domainTitle) {
        List<String> domains = quiz.questions().stream().map(Question::domain).filter(d -> d != null && !d.isEmpty())
                .distinct().map(d -> orEmpty(domainTitle.apply(d))).toList();
        return new QuizSummaryView(quiz.id(), quiz.title(), href, quiz.questions().size(), domains,
                quiz.passPercent() != null ? quiz.passPercent() : defaultPassPercent, contentHash(quiz));
    }

    // ---------------------------------------------------------------- exam

    /**
     * The exam page view. quizzes is every quiz of the site in source order; the pool is the questions whose domain
     * is one of the exam's, narrowed to poolQuizzes and poolTags when given. quizLinks are shown when JS is off.
     */
    public static ExamView exam(Exam exam, List<Quiz> quizzes, Function<String, String> markdownToHtml,
                                Function<Ref, LinkView> refLink, List<LinkView> quizLinks) {
        Map<String, List<Bank>> pool = pool(exam, quizzes);
        List<Domain> domains = exam.domains();
        Map<String, Integer> allocated = org.studysite.resolve.ExamDraw.allocate(domains, exam.questionCount());
        List<ExamDomainView> domainViews = new ArrayList<>();
        ObjectNode bank = JSON.createObjectNode();
        bank.put("id", exam.id());
        bank.put("title", exam.title());
        bank.put("minutes", exam.minutes());
        bank.put("passPercent", exam.passPercent());
        String scoring = exam.multiSelectScoring() == null ? "all-or-nothing" : exam.multiSelectScoring();
        bank.put("multiSelectScoring", scoring);
        ArrayNode bankDomains = bank.putArray("domains");
        ArrayNode bankQuestions = bank.putArray("questions");
        int total = 0;
        for (int i = 0; i < domains.size(); i++) {
            Domain d = domains.get(i);
            List<Bank> qs = pool.getOrDefault(d.id(), List.of());
            int count = Math.min(allocated.getOrDefault(d.id(), 0), qs.size());
            total += count;
            List<LinkView> notes = nullToEmpty(d.notes()).stream().map(refLink).toList();
            domainViews.add(new ExamDomainView(d.id(), d.title(), d.weight(), count, qs.size(), notes));
            ObjectNode dn = bankDomains.addObject();
            dn.put("id", d.id());
            dn.put("title", d.title());
            dn.put("weight", d.weight());
            dn.put("count", count);
            links(dn.putArray("notes"), notes);
            for (Bank b : qs) {
                bankQuestions.add(questionJson(b.quiz, b.question, markdownToHtml, refLink, d.title()));
            }
        }
        bank.put("questionCount", total);
        return new ExamView(exam.id(), exam.title(), md(markdownToHtml, exam.description()), total, exam.minutes(),
                exam.passPercent(), scoring, List.copyOf(domainViews), List.copyOf(quizLinks), scriptJson(bank));
    }

    private record Bank(Quiz quiz, Question question) {
    }

    /** The exam's pool by domain id: quizzes in the given order, questions in file order. */
    static Map<String, List<Bank>> pool(Exam exam, List<Quiz> quizzes) {
        Map<String, List<Bank>> byDomain = new LinkedHashMap<>();
        Set<String> domainIds = Set.copyOf(exam.domains().stream().map(Domain::id).toList());
        List<String> poolQuizzes = nullToEmpty(exam.poolQuizzes());
        List<String> poolTags = nullToEmpty(exam.poolTags());
        for (Quiz quiz : quizzes) {
            if (!poolQuizzes.isEmpty() && !poolQuizzes.contains(quiz.id())) {
                continue;
            }
            for (Question q : quiz.questions()) {
                if (q.domain() == null || !domainIds.contains(q.domain())) {
                    continue;
                }
                if (!poolTags.isEmpty() && nullToEmpty(q.tags()).stream().noneMatch(poolTags::contains)) {
                    continue;
                }
                byDomain.computeIfAbsent(q.domain(), k -> new ArrayList<>()).add(new Bank(quiz, q));
            }
        }
        return byDomain;
    }

    // ---------------------------------------------------------------- progress, review, paths

    /** A note for the progress page: id, title, href (relative to that page). */
    public record NoteLink(String id, String title, String href) {
    }

    /**
     * Data for progress.ftlh (withQuestions false) or review.ftlh (withQuestions true: every question of every quiz,
     * rendered, for the Leitner queue).
     */
    public static ProgressView progress(List<Quiz> quizzes, List<Exam> exams, List<NoteLink> notes,
                                        boolean withQuestions, int defaultPassPercent,
                                        Function<String, String> markdownToHtml, Function<Ref, LinkView> refLink,
                                        Function<String, String> domainTitle, Function<String, String> quizHref,
                                        Function<String, String> examHref) {
        ObjectNode data = JSON.createObjectNode();
        Map<String, ObjectNode> domains = new LinkedHashMap<>();
        ArrayNode domainArray = data.putArray("domains");
        for (Exam exam : exams) {
            for (Domain d : exam.domains()) {
                if (!domains.containsKey(d.id())) {
                    ObjectNode dn = domainArray.addObject();
                    dn.put("id", d.id());
                    dn.put("title", d.title());
                    dn.put("weight", d.weight());
                    links(dn.putArray("notes"), nullToEmpty(d.notes()).stream().map(refLink).toList());
                    dn.put("total", 0);
                    domains.put(d.id(), dn);
                }
            }
        }
        ArrayNode quizArray = data.putArray("quizzes");
        ArrayNode questions = withQuestions ? JSON.createArrayNode() : null;
        int questionCount = 0;
        for (Quiz quiz : quizzes) {
            ObjectNode qn = quizArray.addObject();
            qn.put("id", quiz.id());
            qn.put("hash", contentHash(quiz));
            qn.put("title", quiz.title());
            qn.put("href", quizHref.apply(quiz.id()));
            qn.put("count", quiz.questions().size());
            qn.put("passPercent", quiz.passPercent() != null ? quiz.passPercent() : defaultPassPercent);
            for (Question q : quiz.questions()) {
                questionCount++;
                String d = q.domain() == null ? "" : q.domain();
                ObjectNode dn = domains.get(d);
                if (dn == null) {
                    dn = domainArray.addObject();
                    dn.put("id", d);
                    dn.put("title", d.isEmpty() ? "Other" : orEmpty(domainTitle.apply(d)));
                    dn.put("weight", 0);
                    dn.putArray("notes");
                    dn.put("total", 0);
                    domains.put(d, dn);
                }
                dn.put("total", dn.get("total").asInt() + 1);
                if (questions != null) {
                    questions.add(questionJson(quiz, q, markdownToHtml, refLink, dn.get("title").asText()));
                }
            }
        }
        ArrayNode examArray = data.putArray("exams");
        for (Exam exam : exams) {
            ObjectNode en = examArray.addObject();
            en.put("id", exam.id());
            en.put("title", exam.title());
            en.put("href", examHref.apply(exam.id()));
            en.put("passPercent", exam.passPercent());
        }
        ArrayNode noteArray = data.putArray("notes");
        for (NoteLink note : notes) {
            ObjectNode nn = noteArray.addObject();
            nn.put("id", note.id());
            nn.put("title", note.title());
            nn.put("href", note.href());
        }
        if (questions != null) {
            data.set("questions", questions);
        }
        return new ProgressView(domains.size(), quizzes.size(), questionCount, notes.size(), scriptJson(data));
    }

    /**
     * Study paths for paths.ftlh. itemLink turns an item ("note-id", "quiz:ID", "exam:ID") into a link relative to
     * the paths page (null: the item is shown as plain text); quizHash gives a quiz's content hash by id.
     */
    public static List<PathView> paths(List<StudyPath> paths, Function<String, LinkView> itemLink,
                                       Function<String, String> quizHash) {
        List<PathView> views = new ArrayList<>();
        for (StudyPath p : nullToEmpty(paths)) {
            List<PathView.DayView> days = new ArrayList<>();
            int n = 1;
            for (StudyPath.Day day : nullToEmpty(p.days())) {
                List<PathView.ItemView> items = new ArrayList<>();
                for (String item : nullToEmpty(day.items())) {
                    String kind = item.startsWith("quiz:") ? "quiz" : item.startsWith("exam:") ? "exam" : "note";
                    String id = kind.equals("note") ? item : item.substring(5);
                    LinkView link = itemLink.apply(item);
                    items.add(new PathView.ItemView(kind, id, link == null ? item : link.label(),
                            link == null ? null : link.href(),
                            kind.equals("quiz") ? orEmpty(quizHash.apply(id)) : ""));
                }
                days.add(new PathView.DayView(n++, day.title() == null ? "Day " + (n - 1) : day.title(),
                        List.copyOf(items)));
            }
            views.add(new PathView(p.id(), p.title(), orEmpty(p.description()), List.copyOf(days)));
        }
        return List.copyOf(views);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * One question in the bank format the exam and review scripts read: k (quiz#question key), quiz, id, d (domain),
     * dt (domain title), p (prompt html), m (multiple), sc (show count), o (option html), w (why html), a (right
     * option indexes, source order), e (explanation html), t (tags), r (refs: h, l).
     */
    private static ObjectNode questionJson(Quiz quiz, Question q, Function<String, String> markdownToHtml,
                                           Function<Ref, LinkView> refLink, String domainTitle) {
        ObjectNode n = JSON.createObjectNode();
        n.put("k", quiz.id() + "#" + q.id());
        n.put("quiz", quiz.id());
        n.put("id", q.id());
        n.put("d", q.domain() == null ? "" : q.domain());
        n.put("dt", orEmpty(domainTitle));
        n.put("p", md(markdownToHtml, q.prompt()));
        n.put("m", q.multiple());
        n.put("sc", q.showCount());
        ArrayNode o = n.putArray("o");
        ArrayNode w = n.putArray("w");
        for (Option opt : q.options()) {
            o.add(inline(md(markdownToHtml, opt.text())));
            w.add(md(markdownToHtml, opt.why()));
        }
        ArrayNode a = n.putArray("a");
        q.answer().stream().sorted().forEach(a::add);
        n.put("e", md(markdownToHtml, q.explanation()));
        ArrayNode t = n.putArray("t");
        nullToEmpty(q.tags()).forEach(t::add);
        links(n.putArray("r"), nullToEmpty(q.refs()).stream().map(refLink).toList());
        return n;
    }

    private static void links(ArrayNode array, List<LinkView> links) {
        for (LinkView l : links) {
            ObjectNode ln = array.addObject();
            ln.put("h", l.href());
            ln.put("l", l.label());
        }
    }

    /** JSON safe inside a script element: no "</" (closes the element) and no "<!--" (script data escape state). */
    static String scriptJson(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("</", "<\\/").replace("<!--", "<\\u0021--");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The quiz's content hash, or one computed from its questions when the loader left it empty. */
    public static String contentHash(Quiz quiz) {
        if (quiz.contentHash() != null && !quiz.contentHash().isBlank()) {
            return quiz.contentHash();
        }
        StringBuilder sb = new StringBuilder(quiz.id());
        for (Question q : quiz.questions()) {
            sb.append('\u0000').append(q.id()).append('\u0000').append(q.prompt()).append('\u0000').append(q.answer());
            q.options().forEach(o -> sb.append('\u0001').append(o.text()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "#" + (index + 1);
    }

    /** A lone paragraph unwrapped, so option text sits inside a label as phrasing content. */
    static String inline(String html) {
        var m = SINGLE_PARAGRAPH.matcher(html);
        return m.matches() ? m.group(1) : html;
    }

    private static String md(Function<String, String> markdownToHtml, String markdown) {
        return markdown == null || markdown.isBlank() ? "" : orEmpty(markdownToHtml.apply(markdown));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
