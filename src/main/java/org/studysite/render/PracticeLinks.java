package org.studysite.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.markdown.RenderHooks;
import org.studysite.model.Quiz;
import org.studysite.model.Ref;
import org.studysite.render.quiz.LinkView;
import org.studysite.resolve.NotePage;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;

/**
 * What quiz, exam and progress views need from the site, seen from one page: note references as links labelled
 * with the note's title (and section), domain titles, Markdown to HTML, and "Suggest a fix" URLs.
 */
final class PracticeLinks {
    private final Site site;
    private final MarkdownSupport markdown;
    private final Map<String, String> domainTitles = new HashMap<>();

    PracticeLinks(Site site, MarkdownSupport markdown) {
        this.site = site;
        this.markdown = markdown;
        site.content().exams().forEach(e -> e.domains().forEach(d -> domainTitles.putIfAbsent(d.id(), d.title())));
    }

    String markdown(String text) {
        return text == null || text.isBlank() ? "" : markdown.render(markdown.parse(text), RenderHooks.IDENTITY).html();
    }

    Function<String, String> domainTitle() {
        return id -> domainTitles.getOrDefault(id, id);
    }

    /** A reference as a link relative to {@code pageUrl}: "Note title › Section". */
    Function<Ref, LinkView> refLink(String pageUrl) {
        return ref -> {
            NotePage target = site.byNoteId().get(ref.noteId());
            if (target == null) {
                return new LinkView(Urls.relative(pageUrl, "index.html"), ref.raw());
            }
            String href = Urls.relative(pageUrl, target.url()) + (ref.anchor() == null ? "" : "#" + ref.anchor());
            return new LinkView(href, target.label(ref.anchor()));
        };
    }

    String editUrl(String sourcePath) {
        return editUrl(site.config(), sourcePath);
    }

    /** The file on GitHub, opened for editing ("Edit this page", "Suggest a fix"); null without a repoUrl. */
    static String editUrl(org.studysite.model.SiteConfig cfg, String sourcePath) {
        if (cfg.repoUrl() == null || cfg.repoUrl().isBlank()) {
            return null;
        }
        String dir = cfg.contentDir() == null || cfg.contentDir().isBlank() ? "" : cfg.contentDir().replaceAll("/+$", "") + "/";
        return cfg.repoUrl().replaceAll("/+$", "") + "/edit/" + cfg.branch() + "/" + dir + Urls.encode(sourcePath);
    }

    List<Quiz> quizzes() {
        return site.content().quizzes();
    }
}
