package org.studysite.resolve;

/** How strict resolving is: broken links as errors (default) or warnings while a large docs folder is fixed. */
public record ResolveOptions(boolean brokenLinksAreErrors) {
}
