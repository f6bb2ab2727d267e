package org.studysite.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.studysite.model.Card;
import org.studysite.model.Domain;
import org.studysite.model.Exam;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;

/**
 * What the progress dashboard and the review queue count against, tallied once by resolve: every domain of the
 * exams (in exam order, weight and notes from the first exam declaring it), then every other domain a question or
 * card names, in site order, and "Other" for those that name none; with its questions and cards.
 *
 * @param questions every question of every quiz
 * @param cards     every flashcard of every quiz
 */
public record ProgressTotals(List<DomainTotal> domains, int questions, int cards) {

    /** A domain's tally; id "" is "Other" (questions and cards without a domain). */
    public record DomainTotal(String id, String title, int weight, List<Ref> notes, int questions, int cards) {
    }

    public ProgressTotals {
        domains = List.copyOf(domains);
    }

    /** The tally of a question's or card's domain (null or "" → "Other"); null when no question names it. */
    public DomainTotal domain(String domainId) {
        String id = domainId == null ? "" : domainId;
        return domains.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** @param domainTitle a domain's title by id, for domains no exam declares (its id) */
    public static ProgressTotals of(List<Quiz> quizzes, List<Exam> exams, Function<String, String> domainTitle) {
        Map<String, Tally> domains = new LinkedHashMap<>();
        for (Exam exam : exams) {
            for (Domain d : exam.domains()) {
                domains.computeIfAbsent(d.id(), id -> new Tally(id, d.title(), d.weight(),
                        d.notes() == null ? List.of() : d.notes()));
            }
        }
        int questions = 0;
        int cards = 0;
        for (Quiz quiz : quizzes) {
            for (Question q : quiz.questions()) {
                questions++;
                tally(domains, q.domain(), domainTitle).questions++;
            }
            for (Card c : quiz.cards()) {
                cards++;
                tally(domains, c.domain(), domainTitle).cards++;
            }
        }
        List<DomainTotal> totals = new ArrayList<>();
        domains.values().forEach(t -> totals.add(new DomainTotal(t.id, t.title, t.weight, t.notes, t.questions, t.cards)));
        return new ProgressTotals(totals, questions, cards);
    }

    private static Tally tally(Map<String, Tally> domains, String domain, Function<String, String> domainTitle) {
        String d = domain == null ? "" : domain;
        return domains.computeIfAbsent(d, id -> new Tally(id, id.isEmpty() ? "Other" : orEmpty(domainTitle.apply(id)),
                0, List.of()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A domain while its questions are counted. */
    private static final class Tally {
        final String id;
        final String title;
        final int weight;
        final List<Ref> notes;
        int questions;
        int cards;

        Tally(String id, String title, int weight, List<Ref> notes) {
            this.id = id;
            this.title = title;
            this.weight = weight;
            this.notes = notes;
        }
    }
}
