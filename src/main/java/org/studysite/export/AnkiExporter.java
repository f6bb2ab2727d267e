package org.studysite.export;

import org.studysite.markdown.CompiledBodies;
import org.studysite.markdown.RenderHooks;
import org.studysite.model.Card;
import org.studysite.model.MarkdownText;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Anki text file that File → Import reads as it is: header lines set a tab separator, HTML fields, the Basic
 * note type, the deck, the tags column and a GUID column (the question id, so importing a newer export updates the
 * notes instead of duplicating them). Front: the prompt and its lettered options; back: the answer, the
 * explanation, each option's why, and links to the note sections the question tests. Tags: the domain and the
 * question's tags. A quiz's flashcards follow its questions as basic cards of the same note type: front, back and
 * the study links, the same tags, the card id as GUID.
 *
 * <p>Every field is one line: line breaks become {@code <br>} inside {@code <pre>} (where they show) and spaces
 * elsewhere (where HTML ignores them), tabs become {@code &#9;}; every field is then quoted, so a field starting
 * with '#' is not read as a comment and one starting with '"' not as a half-open quote.
 */
public final class AnkiExporter implements Exporter {
    private static final Pattern PRE = Pattern.compile("(?s)<pre\\b.*?</pre>");
    private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)^<p>(.*)</p>\\s*$");
    static final int FRONT = 1;
    static final int BACK = 2;
    static final int TAGS = 3;
    static final int GUID = 4;


    @Override
    public String format() {
        return "anki";
    }

    @Override
    public void write(ExportBank bank, Writer out, ExportReport report) throws IOException {
        String deck = bank.quizzes().size() == 1 ? bank.siteTitle() + "::" + bank.quizzes().get(0).title()
                : bank.siteTitle();
        out.write("#separator:tab\n#html:true\n#notetype:Basic\n#deck:" + deck.replaceAll("\\s+", " ").strip() + "\n"
                + "#tags column:" + TAGS + "\n#guid column:" + GUID + "\n");
        for (Quiz quiz : bank.quizzes()) {
            for (Question q : quiz.questions()) {
                out.write(String.join("\t", field(front(q, bank)), field(back(q, bank)), field(tags(q)), field(q.id())));
                out.write("\n");
                report.wrote();
            }
            for (Card c : quiz.cards()) {
                out.write(String.join("\t", field(html(c.front(), bank)), field(back(c, bank)),
                        field(tags(c.domain(), c.tags())), field(c.id())));
                out.write("\n");
                report.wroteCard();
            }
        }
    }

    private String front(Question q, ExportBank bank) {
        StringBuilder b = new StringBuilder(html(q.prompt(), bank));
        if (q.multiple()) {
            b.append("<p><em>").append(q.showCount() ? "Select " + q.answer().size() : "Select all that apply")
                    .append("</em></p>");
        }
        b.append("<ol type=\"A\">");
        for (Option o : q.options()) {
            b.append("<li>").append(inline(html(o.text(), bank))).append("</li>");
        }
        return b.append("</ol>").toString();
    }

    private String back(Question q, ExportBank bank) {
        StringBuilder b = new StringBuilder("<p><b>Answer: ");
        List<String> right = new ArrayList<>();
        for (int i : q.answer().stream().sorted().toList()) {
            right.add((char) ('A' + i) + ") " + inline(html(q.options().get(i).text(), bank)));
        }
        b.append(String.join("; ", right)).append("</b></p>");
        if (!MarkdownText.isBlank(q.explanation())) {
            b.append(html(q.explanation(), bank));
        }
        List<String> whys = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            MarkdownText why = q.options().get(i).why();
            if (!MarkdownText.isBlank(why)) {
                whys.add("<li><b>" + (char) ('A' + i) + ")</b> " + inline(html(why, bank)) + "</li>");
            }
        }
        if (!whys.isEmpty()) {
            b.append("<ul>").append(String.join("", whys)).append("</ul>");
        }
        studyLinks(b, q.refs(), bank);
        return b.toString();
    }

    /** A flashcard's back: its Markdown, then links to the note sections it comes from. */
    private String back(Card c, ExportBank bank) {
        StringBuilder b = new StringBuilder(html(c.back(), bank));
        studyLinks(b, c.refs(), bank);
        return b.toString();
    }

    private static void studyLinks(StringBuilder b, List<Ref> refs, ExportBank bank) {
        for (Ref ref : refs == null ? List.<Ref>of() : refs) {
            bank.link(ref).ifPresent(l -> b.append("<p><a href=\"").append(attribute(l.url())).append("\">Study: ")
                    .append(text(l.label())).append("</a></p>"));
        }
    }

    /** Anki tags are space-separated words: the domain, then the question's tags, spaces inside one made '_'. */
    static String tags(Question q) {
        return tags(q.domain(), q.tags());
    }

    static String tags(String domain, List<String> own) {
        Set<String> tags = new LinkedHashSet<>();
        if (domain != null && !domain.isBlank()) {
            tags.add(domain);
        }
        if (own != null) {
            tags.addAll(own);
        }
        return String.join(" ", tags.stream().map(t -> t.strip().replaceAll("\\s+", "_")).toList());
    }

    /** Quiz text as HTML, its links to site pages made ones Anki can open (see {@link ExportBank#textLink}). */
    private String html(MarkdownText text, ExportBank bank) {
        if (MarkdownText.isBlank(text)) {
            return "";
        }
        RenderHooks hooks = new RenderHooks() {
            @Override
            public String resolveLink(String destination, boolean image) {
                return bank.textLink(text, destination);
            }

            @Override
            public String quizEmbed(String quizId, String questionId) {
                return "";
            }
        };
        return CompiledBodies.fill(text.compiled(), hooks).html();
    }

    private static String inline(String html) {
        Matcher m = SINGLE_PARAGRAPH.matcher(html);
        return m.matches() && !m.group(1).contains("<p>") ? m.group(1) : html;
    }

    /** One line of HTML, quoted for Anki's CSV reader (see the class comment). */
    static String field(String html) {
        StringBuilder b = new StringBuilder();
        Matcher pre = PRE.matcher(html);
        int at = 0;
        while (pre.find()) {
            b.append(flat(html.substring(at, pre.start()))).append(pre.group().replace("\r", "")
                    .replace("\n</code>", "</code>").replace("\n", "<br>").replace("\t", "&#9;"));
            at = pre.end();
        }
        b.append(flat(html.substring(at)));
        return "\"" + b.toString().strip().replace("\"", "\"\"") + "\"";
    }

    private static String flat(String html) {
        return html.replaceAll("\\s*[\\r\\n]+\\s*", " ").replace("\t", "&#9;");
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attribute(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
