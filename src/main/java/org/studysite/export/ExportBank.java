package org.studysite.export;

import org.studysite.model.MarkdownText;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;

import java.util.List;
import java.util.Optional;

/**
 * What an export reads: the quizzes chosen (all, or one by --quiz) from a resolved site, and links to the note
 * sections their questions reference: absolute under an http(s) base URL, else relative to the site's root.
 */
public record ExportBank(String siteTitle, List<Quiz> quizzes, String baseUrl, Site site) {
    /** A link to a note section, with its "Note › Section" label. */
    public record Link(String url, String label) {
    }

    public static ExportBank of(Site site, List<Quiz> quizzes) {
        return new ExportBank(site.config().title(), List.copyOf(quizzes), site.config().baseUrl(), site);
    }

    /** Whether links are absolute URLs (they open from Anki or Moodle), rather than paths from the site's root. */
    public boolean absoluteLinks() {
        return baseUrl.startsWith("http://") || baseUrl.startsWith("https://");
    }

    public Optional<Link> link(Ref ref) {
        NotePage target = site.byNoteId().get(ref.noteId());
        if (target == null) {
            return Optional.empty();
        }
        String path = Urls.encode(target.url()) + (ref.anchor() == null ? "" : "#" + ref.anchor());
        return Optional.of(new Link(absoluteLinks() ? baseUrl + path : path, target.label(ref.anchor())));
    }

    /** The Markdown of a quiz text as written (null when absent): the formats that carry Markdown take it as is. */
    public static String markdown(MarkdownText text) {
        return text == null ? null : text.markdown();
    }

    /**
     * A link of quiz text as an export writes it: the site page resolve found for it (absolute under an http(s)
     * base URL, else from the site's root), or the destination as written when it is not a site page.
     */
    public String textLink(MarkdownText text, String destination) {
        String target = site.textLinks().getOrDefault(text.file(), java.util.Map.of()).get(destination);
        if (target == null) {
            return destination;
        }
        return absoluteLinks() ? baseUrl + Urls.encode(target) : Urls.encode(target);
    }

    public int questionCount() {
        return quizzes.stream().mapToInt(q -> q.questions().size()).sum();
    }

    public int cardCount() {
        return quizzes.stream().mapToInt(q -> q.cards().size()).sum();
    }
}
