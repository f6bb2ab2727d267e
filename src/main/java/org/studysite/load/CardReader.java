package org.studysite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studysite.model.Card;
import org.studysite.model.MarkdownText;
import org.studysite.model.SourcePosition;

/** Reads the `cards` list of a quiz file, reporting every problem in it. */
final class CardReader {
    static final Set<String> CARD_FIELDS = Set.of("id", "front", "back", "domain", "tags", "refs");

    private CardReader() {
    }

    /** The cards of a quiz file (empty when it has none); only those without errors, all errors reported. */
    static List<Card> read(Fields quiz, String quizDomain, SourcePosition quizDomainAt, MarkdownStrings texts,
                           FileReport report) {
        Json list = quiz.get("cards");
        if (list == null) {
            return List.of();
        }
        if (!list.is(Json.Kind.ARRAY)) {
            report.error(list, "`cards` must be a list of card objects {\"id\", \"front\", \"back\"}, not "
                    + list.kind().described, null);
            return List.of();
        }
        List<Card> cards = new ArrayList<>();
        for (Json node : list.items()) {
            Card c = card(node, quizDomain, quizDomainAt, texts, report);
            if (c != null) {
                cards.add(c);
            }
        }
        return List.copyOf(cards);
    }

    private static Card card(Json node, String quizDomain, SourcePosition quizDomainAt, MarkdownStrings texts,
                             FileReport report) {
        if (!node.is(Json.Kind.OBJECT)) {
            report.error(node, "every item of `cards` must be an object { … }, not " + node.kind().described, null);
            return null;
        }
        Fields f = new Fields(node, "card", CARD_FIELDS, report);
        String id = f.requiredString("id", "give every card a stable id, unique across the site's questions and cards,"
                + " like \"card-vacuum\"");
        String front = f.requiredString("front", "add \"front\": the term or short question shown first (Markdown)");
        String back = f.requiredString("back", "add \"back\": what the learner should recall (Markdown)");
        String domain = f.nonBlankString("domain");
        List<String> tags = f.stringValues("tags");
        var refs = f.refs("refs");
        MarkdownText frontText = front == null ? null : texts.paragraph(f.get("front"));
        if (front != null && frontText == null) {
            report.error(f.get("front"), "a card's `front` must be one paragraph (it is the summary of a <details>"
                    + " when JavaScript is off)", "keep the term or question on the front; put code blocks, lists"
                    + " and further paragraphs on the back");
            return null;
        }
        if (id == null || front == null || back == null) {
            return null;
        }
        SourcePosition domainAt = domain != null ? report.position(f.get("domain"))
                : quizDomainAt != null ? quizDomainAt : report.position(node);
        return new Card(id, frontText, texts.compile(f.get("back")), domain != null ? domain : quizDomain, tags, refs,
                report.position(node), domainAt);
    }
}
