package org.studysite.resolve;

import java.util.List;

/**
 * One entry of the sidebar: a note, a folder (with children) or a generated page. url is site-relative
 * ("domains/mlops.html"); folder is the content folder a folder node stands for ("" otherwise).
 */
public record NavNode(String label, String url, String folder, List<NavNode> children) {
    public boolean isFolder() {
        return !children.isEmpty();
    }
}
