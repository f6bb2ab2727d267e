package org.studysite.render.quiz;

/** A link as a template prints it: href is final (relative to the page it is printed on), label is plain text. */
public record LinkView(String href, String label) {
}
