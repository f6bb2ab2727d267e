package org.studysite.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.studysite.markdown.CompiledBodies;
import org.studysite.markdown.RenderHooks;
import org.studysite.model.MarkdownText;
import org.studysite.model.Ref;
import org.studysite.render.quiz.LinkView;
import org.studysite.resolve.Site;
import org.studysite.resolve.Urls;

/**
 * What quiz, exam and progress views need from the site, seen from one page: note references as links labelled
 * with the note's title (and section), and Markdown text as HTML.
 */
final class PracticeLinks {
    private final Site site;

    PracticeLinks(Site site) {
        this.site = site;
    }

    /**
     * Quiz and exam text as HTML for the page at {@code pageUrl}: its link slots filled with hrefs relative to that
     * page, from the URLs resolve found for its file (quiz text shows on its quiz page, in notes at any depth and in
     * the exam and review banks, so each page gets its own hrefs).
     */
    Function<MarkdownText, String> text(String pageUrl) {
        return text -> {
            if (MarkdownText.isBlank(text)) {
                return "";
            }
            Map<String, String> targets = site.textLinks().getOrDefault(text.file(), Map.of());
            RenderHooks hooks = new RenderHooks() {
                @Override
                public String resolveLink(String destination, boolean image) {
                    String target = targets.get(destination);
                    return target == null ? destination : Urls.relative(pageUrl, target);
                }

                @Override
                public String quizEmbed(String quizId, String questionId) {
                    return "";
                }
            };
            return CompiledBodies.fill(text.compiled(), hooks).html();
        };
    }

    /** A reference as a link relative to {@code pageUrl}: "Note title › Section" (resolve's {@link Site#target}). */
    Function<Ref, LinkView> refLink(String pageUrl) {
        return ref -> {
            Site.Target target = site.target(ref);
            String anchor = target.anchor() == null ? "" : "#" + target.anchor();
            return new LinkView(Urls.relative(pageUrl, target.url()) + anchor, target.label());
        };
    }
}
