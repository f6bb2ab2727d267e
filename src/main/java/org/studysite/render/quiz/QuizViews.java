package org.studysite.render.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studysite.model.Band;
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
import org.studysite.resolve.ResolvedExam;

/**
 * Builds the view records the quiz, exam, progress, review and paths templates read. Every href handed in is
 * printed as it is, so the functions must return URLs relative to the page being rendered.
 */
public final class QuizViews {

    private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)\\A\\s*<p>((?:(?!</?p[ >]).)*)</p>\\s*\\z");

    private QuizViews() {
    }

    /** One quiz; the caller labels refs (usually with the note's title). */
    public static QuizView quizWithRefLinks(Quiz quiz, int passPercent, Function<MarkdownText, String> markdownToHtml,
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
                passPercent, List.copyOf(bands),
                nullToEmpty(quiz.related()).stream().map(refLink).toList(),
                quiz.shuffleQuestions(), quiz.shuffleOptions(), contentHash(quiz), List.copyOf(questions), editUrl);
    }

    public static QuestionView question(Question q, int number, Function<MarkdownText, String> markdownToHtml,
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

    /** Index row for quizzes.ftlh; flashcardsHref is null when the quiz has no cards. */
    public static QuizSummaryView summary(Quiz quiz, int passPercent, String href,
                                          Function<String, String> domainTitle, String flashcardsHref) {
        List<String> domains = quiz.questions().stream().map(Question::domain).filter(d -> d != null && !d.isEmpty())
                .distinct().map(d -> orEmpty(domainTitle.apply(d))).toList();
        return new QuizSummaryView(quiz.id(), quiz.title(), href, quiz.questions().size(), domains,
                passPercent, contentHash(quiz),
                quiz.cards().size(), quiz.cards().isEmpty() ? null : flashcardsHref);
    }

    // ---------------------------------------------------------------- flashcards

    /** The flashcard page of a quiz with cards, cards in file order. */
    public static DeckView deck(Quiz quiz, Function<MarkdownText, String> markdownToHtml, Function<Ref, LinkView> refLink,
                                Function<String, String> domainTitle, String quizHref, String editUrl) {
        List<DeckView.CardView> cards = new ArrayList<>();
        int n = 1;
        for (Card c : quiz.cards()) {
            String domain = c.domain() == null ? "" : c.domain();
            cards.add(new DeckView.CardView(c.id(), quiz.id() + "#" + c.id(), n++, inline(md(markdownToHtml, c.front())),
                    md(markdownToHtml, c.back()), domain, domain.isEmpty() ? "" : orEmpty(domainTitle.apply(domain)),
                    List.copyOf(nullToEmpty(c.tags())), nullToEmpty(c.refs()).stream().map(refLink).toList()));
        }
        return new DeckView(quiz.id(), quiz.title(), contentHash(quiz), quizHref, List.copyOf(cards), editUrl);
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
        String scoring = exam.multiSelectScoring() == null ? "all-or-nothing" : exam.multiSelectScoring();
        int total = 0;
        for (Domain d : domains) {
            List<ResolvedExam.PoolQuestion> qs = resolved.pool(d.id());
            int count = resolved.drawn(d.id());
            total += count;
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
     * rendered, for the Leitner queue).
     */
    public static ProgressView progress(List<Quiz> quizzes, List<Exam> exams, List<NoteLink> notes,
                                        boolean withQuestions, ToIntFunction<Quiz> passPercent,
                                        Function<MarkdownText, String> markdownToHtml, Function<Ref, LinkView> refLink,
                                        Function<String, String> domainTitle, Function<String, String> quizHref,
                                        Function<String, String> examHref, Function<String, String> flashcardsHref) {
        Map<String, DomainTally> domains = new LinkedHashMap<>();
        for (Exam exam : exams) {
            for (Domain d : exam.domains()) {
                domains.computeIfAbsent(d.id(), id -> new DomainTally(id, d.title(), d.weight(),
                        nullToEmpty(d.notes()).stream().map(refLink).toList()));
            }
        }
        List<Banks.ProgressQuiz> quizViews = new ArrayList<>();
        List<Banks.Question> questions = new ArrayList<>();
        List<Banks.Card> cards = new ArrayList<>();
        int questionCount = 0;
        int cardCount = 0;
        for (Quiz quiz : quizzes) {
            quizViews.add(new Banks.ProgressQuiz(quiz.id(), contentHash(quiz), quiz.title(), quizHref.apply(quiz.id()),
                    quiz.questions().size(), passPercent.applyAsInt(quiz),
                    quiz.cards().stream().map(Card::id).toList(),
                    quiz.cards().isEmpty() ? "" : orEmpty(flashcardsHref.apply(quiz.id()))));
            for (Question q : quiz.questions()) {
                questionCount++;
                DomainTally tally = tally(domains, q.domain(), domainTitle);
                tally.total++;
                if (withQuestions) {
                    questions.add(bankQuestion(quiz, q, markdownToHtml, refLink, tally.title));
                }
            }
            for (Card c : quiz.cards()) {
                cardCount++;
                DomainTally tally = tally(domains, c.domain(), domainTitle);
                tally.cards++;
                if (withQuestions) {
                    cards.add(new Banks.Card(quiz.id() + "#" + c.id(), quiz.id(), c.id(), tally.id, tally.title,
                            inline(md(markdownToHtml, c.front())), md(markdownToHtml, c.back()),
                            List.copyOf(nullToEmpty(c.tags())), nullToEmpty(c.refs()).stream().map(refLink).toList()));
                }
            }
        }
        List<Banks.ProgressExam> examViews = exams.stream().map(e -> new Banks.ProgressExam(e.id(), e.title(),
                examHref.apply(e.id()), e.passPercent())).toList();
        List<Banks.ProgressNote> noteViews = notes.stream()
                .map(n -> new Banks.ProgressNote(n.id(), n.title(), n.href())).toList();
        Banks.ProgressBank progress = new Banks.ProgressBank(domains.values().stream().map(DomainTally::view).toList(),
                List.copyOf(quizViews), examViews, noteViews);
        return new ProgressView(domains.size(), quizzes.size(), questionCount, cardCount, notes.size(), progress,
                withQuestions ? new Banks.ReviewBank(List.copyOf(questions), List.copyOf(cards)) : null);
    }

    /** The tally of a question's or card's domain ("" for none, titled "Other"), created on first use. */
    private static DomainTally tally(Map<String, DomainTally> domains, String domain,
                                     Function<String, String> domainTitle) {
        String d = domain == null ? "" : domain;
        return domains.computeIfAbsent(d, id -> new DomainTally(id,
                id.isEmpty() ? "Other" : orEmpty(domainTitle.apply(id)), 0, List.of()));
    }

    /** A progress domain while its questions are counted. */
    private static final class DomainTally {
        final String id;
        final String title;
        final int weight;
        final List<LinkView> notes;
        int total;
        int cards;

        DomainTally(String id, String title, int weight, List<LinkView> notes) {
            this.id = id;
            this.title = title;
            this.weight = weight;
            this.notes = notes;
        }

        Banks.ProgressDomain view() {
            return new Banks.ProgressDomain(id, title, weight, notes, total, cards);
        }
    }

    /**
     * Study paths for paths.ftlh. itemLink turns an item (note, quiz or exam) into a link relative to
     * the paths page (null: the item is shown as plain text); quizHash gives a quiz's content hash by id.
     */
    /** A day title that says its day: "Day 20: mock exams", "day 3 - Delta Lake". */
    private static final Pattern DAY_TITLE = Pattern.compile("day\\s+(\\d{1,4})\\b", Pattern.CASE_INSENSITIVE);

    public static List<PathView> paths(List<StudyPath> paths, Function<StudyItem, LinkView> itemLink,
                                       Function<String, String> quizHash) {
        List<PathView> views = new ArrayList<>();
        for (StudyPath p : nullToEmpty(paths)) {
            List<PathView.DayView> days = new ArrayList<>();
            int previous = 0;
            for (StudyPath.Day day : nullToEmpty(p.days())) {
                List<PathView.ItemView> items = new ArrayList<>();
                for (StudyItem item : nullToEmpty(day.items())) {
                    String kind = item.kind().name().toLowerCase(java.util.Locale.ROOT);
                    String id = item.id();
                    LinkView link = itemLink.apply(item);
                    items.add(new PathView.ItemView(kind, id, link == null ? item.written() : link.label(),
                            link == null ? null : link.href(),
                            kind.equals("quiz") ? orEmpty(quizHash.apply(id)) : ""));
                }
                String title = day.title() == null ? "" : day.title().strip();
                Matcher numbered = DAY_TITLE.matcher(title);
                int number = numbered.lookingAt() ? Integer.parseInt(numbered.group(1)) : previous + 1;
                String heading = numbered.lookingAt() ? title : title.isEmpty() ? "Day " + number : "Day " + number + ": " + title;
                // Days left out between two planned days (not before the first) are rest or review days.
                String skipped = previous == 0 ? "" : number == previous + 2 ? "Day " + (previous + 1)
                        : number > previous + 2 ? "Days " + (previous + 1) + " to " + (number - 1) : "";
                days.add(new PathView.DayView(number, heading, List.copyOf(items), skipped));
                previous = Math.max(previous, number);
            }
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
