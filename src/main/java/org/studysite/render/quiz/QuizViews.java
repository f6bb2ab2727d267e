package org.studysite.render.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.studysite.model.Card;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.MarkdownText;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;
import org.studysite.model.StudyItem;
import org.studysite.model.StudyPath;
import org.studysite.resolve.ProgressTotals;
import org.studysite.resolve.ResolvedExam;
import org.studysite.resolve.ResolvedPath;
import org.studysite.resolve.ResolvedQuiz;

/**
 * Builds the view records the quiz, exam, progress, review and paths templates read. Every href handed in is
 * printed as it is, so the functions must return URLs relative to the page being rendered.
 */
public final class QuizViews {

    private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)\\A\\s*<p>((?:(?!</?p[ >]).)*)</p>\\s*\\z");

    private QuizViews() {
    }

    /** One quiz as resolved; the caller labels refs (usually with the note's title). */
    public static QuizView quiz(ResolvedQuiz resolved, Function<MarkdownText, String> markdownToHtml,
                                Function<Ref, LinkView> refLink) {
        Quiz quiz = resolved.quiz();
        List<QuestionView> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            questions.add(question(quiz.questions().get(i), i + 1, resolved.questionDomains().get(i), markdownToHtml,
                    refLink, resolved.editUrl()));
        }
        return new QuizView(quiz.id(), quiz.title(), md(markdownToHtml, quiz.description()),
                resolved.passPercent(), resolved.bands(),
                nullToEmpty(quiz.related()).stream().map(refLink).toList(),
                quiz.shuffleQuestions(), quiz.shuffleOptions(), contentHash(quiz), List.copyOf(questions),
                resolved.editUrl());
    }

    private static QuestionView question(Question q, int number, String domainTitle,
                                         Function<MarkdownText, String> markdownToHtml,
                                         Function<Ref, LinkView> refLink, String editUrl) {
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
                domainTitle, List.copyOf(nullToEmpty(q.tags())),
                q.difficulty(), nullToEmpty(q.refs()).stream().map(refLink).toList(), editUrl);
    }

    /** Index row for quizzes.ftlh: hrefs relative to the index (flashcardsHref null when it has no cards). */
    public static QuizSummaryView summary(ResolvedQuiz resolved, String href, String flashcardsHref) {
        Quiz quiz = resolved.quiz();
        return new QuizSummaryView(quiz.id(), quiz.title(), href, quiz.questions().size(), resolved.domainTitles(),
                resolved.passPercent(), contentHash(quiz),
                quiz.cards().size(), quiz.cards().isEmpty() ? null : flashcardsHref);
    }

    // ---------------------------------------------------------------- flashcards

    /** The flashcard page of a quiz with cards, cards in file order. */
    public static DeckView deck(ResolvedQuiz resolved, Function<MarkdownText, String> markdownToHtml,
                                Function<Ref, LinkView> refLink, String quizHref) {
        Quiz quiz = resolved.quiz();
        List<DeckView.CardView> cards = new ArrayList<>();
        for (int i = 0; i < quiz.cards().size(); i++) {
            Card c = quiz.cards().get(i);
            String domain = c.domain() == null ? "" : c.domain();
            cards.add(new DeckView.CardView(c.id(), quiz.id() + "#" + c.id(), i + 1, inline(md(markdownToHtml, c.front())),
                    md(markdownToHtml, c.back()), domain, resolved.cardDomains().get(i),
                    List.copyOf(nullToEmpty(c.tags())), nullToEmpty(c.refs()).stream().map(refLink).toList()));
        }
        return new DeckView(quiz.id(), quiz.title(), contentHash(quiz), quizHref, List.copyOf(cards), resolved.editUrl());
    }

    // ---------------------------------------------------------------- exam

    /**
     * The exam page view, from the exam as resolved (pool and per-domain counts computed once, by resolve).
     * quizLinks are shown when JS is off.
     */
    public static ExamView exam(ResolvedExam resolved, Function<MarkdownText, String> markdownToHtml,
                                Function<Ref, LinkView> refLink, List<LinkView> quizLinks) {
        Exam exam = resolved.exam();
        List<Domain> domains = exam.domains();
        List<ExamDomainView> domainViews = new ArrayList<>();
        List<Banks.ExamDomain> bankDomains = new ArrayList<>();
        List<Banks.Question> bankQuestions = new ArrayList<>();
        String scoring = resolved.multiSelectScoring();
        int total = resolved.questionCount();
        for (Domain d : domains) {
            List<ResolvedExam.PoolQuestion> qs = resolved.pool(d.id());
            int count = resolved.drawn(d.id());
            List<LinkView> notes = nullToEmpty(d.notes()).stream().map(refLink).toList();
            domainViews.add(new ExamDomainView(d.id(), d.title(), d.weight(), count, qs.size(), notes));
            bankDomains.add(new Banks.ExamDomain(d.id(), d.title(), d.weight(), count, notes));
            for (ResolvedExam.PoolQuestion b : qs) {
                bankQuestions.add(bankQuestion(b.quiz(), b.question(), markdownToHtml, refLink, d.title()));
            }
        }
        Banks.ExamBank bank = new Banks.ExamBank(exam.id(), exam.title(), exam.minutes(), exam.passPercent(), scoring,
                total, List.copyOf(bankDomains), List.copyOf(bankQuestions));
        return new ExamView(exam.id(), exam.title(), md(markdownToHtml, exam.description()), total, exam.minutes(),
                exam.passPercent(), scoring, List.copyOf(domainViews), List.copyOf(quizLinks), bank);
    }

    // ---------------------------------------------------------------- progress, review, paths

    /** A note for the progress page: id, title, href (relative to that page). */
    public record NoteLink(String id, String title, String href) {
    }

    /**
     * Data for progress.ftlh (withQuestions false) or review.ftlh (withQuestions true: every question of every quiz,
     * rendered, for the Leitner queue), from the totals resolve tallied. href makes a site URL relative to the page.
     */
    public static ProgressView progress(List<ResolvedQuiz> quizzes, List<ResolvedExam> exams, ProgressTotals totals,
                                        List<NoteLink> notes, boolean withQuestions,
                                        Function<MarkdownText, String> markdownToHtml, Function<Ref, LinkView> refLink,
                                        Function<String, String> href) {
        List<Banks.ProgressQuiz> quizViews = new ArrayList<>();
        List<Banks.Question> questions = new ArrayList<>();
        List<Banks.Card> cards = new ArrayList<>();
        for (ResolvedQuiz resolved : quizzes) {
            Quiz quiz = resolved.quiz();
            quizViews.add(new Banks.ProgressQuiz(quiz.id(), contentHash(quiz), quiz.title(), href.apply(resolved.url()),
                    quiz.questions().size(), resolved.passPercent(), quiz.cards().stream().map(Card::id).toList(),
                    resolved.flashcardsUrl() == null ? "" : orEmpty(href.apply(resolved.flashcardsUrl()))));
            if (!withQuestions) {
                continue;
            }
            for (Question q : quiz.questions()) {
                questions.add(bankQuestion(quiz, q, markdownToHtml, refLink, totals.domain(q.domain()).title()));
            }
            for (Card c : quiz.cards()) {
                ProgressTotals.DomainTotal domain = totals.domain(c.domain());
                cards.add(new Banks.Card(quiz.id() + "#" + c.id(), quiz.id(), c.id(), domain.id(), domain.title(),
                        inline(md(markdownToHtml, c.front())), md(markdownToHtml, c.back()),
                        List.copyOf(nullToEmpty(c.tags())), nullToEmpty(c.refs()).stream().map(refLink).toList()));
            }
        }
        List<Banks.ProgressExam> examViews = exams.stream().map(e -> new Banks.ProgressExam(e.exam().id(),
                e.exam().title(), href.apply(e.url()), e.exam().passPercent())).toList();
        List<Banks.ProgressNote> noteViews = notes.stream()
                .map(n -> new Banks.ProgressNote(n.id(), n.title(), n.href())).toList();
        List<Banks.ProgressDomain> domains = totals.domains().stream().map(d -> new Banks.ProgressDomain(d.id(),
                d.title(), d.weight(), d.notes().stream().map(refLink).toList(), d.questions(), d.cards())).toList();
        Banks.ProgressBank progress = new Banks.ProgressBank(domains, List.copyOf(quizViews), examViews, noteViews);
        return new ProgressView(domains.size(), quizzes.size(), totals.questions(), totals.cards(), notes.size(),
                progress, withQuestions ? new Banks.ReviewBank(List.copyOf(questions), List.copyOf(cards)) : null);
    }

    /**
     * Study paths for paths.ftlh, days numbered by resolve. itemLink turns an item (note, quiz or exam) into a link
     * relative to the paths page (null: the item is shown as plain text); quizHash gives a quiz's content hash by id.
     */
    public static List<PathView> paths(List<ResolvedPath> paths, Function<StudyItem, LinkView> itemLink,
                                       Function<String, String> quizHash) {
        List<PathView> views = new ArrayList<>();
        for (ResolvedPath resolved : paths) {
            List<PathView.DayView> days = new ArrayList<>();
            for (ResolvedPath.PlannedDay day : resolved.days()) {
                List<PathView.ItemView> items = new ArrayList<>();
                for (StudyItem item : nullToEmpty(day.day().items())) {
                    String kind = item.kind().name().toLowerCase(java.util.Locale.ROOT);
                    LinkView link = itemLink.apply(item);
                    items.add(new PathView.ItemView(kind, item.id(), link == null ? item.written() : link.label(),
                            link == null ? null : link.href(),
                            item.kind() == StudyItem.Kind.QUIZ ? orEmpty(quizHash.apply(item.id())) : ""));
                }
                days.add(new PathView.DayView(day.number(), day.heading(), List.copyOf(items), day.skippedBefore()));
            }
            StudyPath p = resolved.path();
            views.add(new PathView(p.id(), p.title(), orEmpty(p.description()), List.copyOf(days)));
        }
        return List.copyOf(views);
    }

    // ---------------------------------------------------------------- helpers

    /** One question as the exam and review banks hold it (see {@link Banks.Question}). */
    private static Banks.Question bankQuestion(Quiz quiz, Question q, Function<MarkdownText, String> markdownToHtml,
                                               Function<Ref, LinkView> refLink, String domainTitle) {
        List<Banks.Option> options = q.options().stream().map(o -> new Banks.Option(
                inline(md(markdownToHtml, o.text())), md(markdownToHtml, o.why()))).toList();
        return new Banks.Question(quiz.id() + "#" + q.id(), quiz.id(), q.id(), q.domain() == null ? "" : q.domain(),
                orEmpty(domainTitle), md(markdownToHtml, q.prompt()), q.multiple(), q.showCount(), options,
                q.answer().stream().sorted().toList(), md(markdownToHtml, q.explanation()),
                List.copyOf(nullToEmpty(q.tags())), nullToEmpty(q.refs()).stream().map(refLink).toList());
    }

    /** The quiz's content hash, as the loader took it from the file's bytes (attempts are stored under it). */
    public static String contentHash(Quiz quiz) {
        return quiz.contentHash();
    }

    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "#" + (index + 1);
    }

    /** A lone paragraph unwrapped, so option text sits inside a label as phrasing content. */
    static String inline(String html) {
        var m = SINGLE_PARAGRAPH.matcher(html);
        return m.matches() ? m.group(1) : html;
    }

    private static String md(Function<MarkdownText, String> markdownToHtml, MarkdownText markdown) {
        return MarkdownText.isBlank(markdown) ? "" : orEmpty(markdownToHtml.apply(markdown));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
