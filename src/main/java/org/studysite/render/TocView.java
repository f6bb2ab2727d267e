package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import org.studysite.model.Heading;
import org.studysite.render.Views.TocItem;

/** The page's table of contents from its outline: headings from minLevel to maxLevel, nested by level. */
final class TocView {
    private TocView() {
    }

    static List<TocItem> of(List<Heading> headings, int minLevel, int maxLevel) {
        List<TocItem> top = new ArrayList<>();
        List<TocItem> currentChildren = null;
        for (Heading h : headings) {
            if (h.level() < minLevel || h.level() > maxLevel) {
                continue;
            }
            if (h.level() == minLevel || currentChildren == null) {
                List<TocItem> kids = new ArrayList<>();
                top.add(new TocItem(h.id(), h.text(), kids));
                currentChildren = kids;
            } else {
                currentChildren.add(new TocItem(h.id(), h.text(), List.of()));
            }
        }
        return top;
    }
}
