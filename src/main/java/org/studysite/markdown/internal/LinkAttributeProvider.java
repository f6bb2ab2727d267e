package org.studysite.markdown.internal;

import java.util.Map;

import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Sends every Markdown link and image destination through {@code RenderHooks.resolveLink} (relative .md links
 * become page URLs) and then through the {@link UrlPolicy}. Also marks task-list items.
 */
final class LinkAttributeProvider implements AttributeProvider {
    private final RenderState state;

    LinkAttributeProvider(RenderState state) {
        this.state = state;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link link && "a".equals(tagName)) {
            attributes.put("href", UrlPolicy.link(state.hooks().resolveLink(link.getDestination(), false)));
        } else if (node instanceof Image image && "img".equals(tagName)) {
            attributes.put("src", UrlPolicy.image(state.hooks().resolveLink(image.getDestination(), true)));
        } else if (node instanceof ListItem && node.getFirstChild() instanceof TaskListItemMarker) {
            // Lets the page script find checklist items (to make them tickable) and CSS drop the bullet.
            attributes.put("class", "task-list-item");
        } else if (node instanceof TaskListItemMarker && "input".equals(tagName)) {
            attributes.put("aria-label", "done");
        } else if ("pre".equals(tagName)) {
            // A code block scrolls sideways when too wide, so it takes keyboard focus (tables: their wrapper does).
            attributes.put("tabindex", "0");
        }
    }
}
