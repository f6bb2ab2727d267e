package org.studysite.render.quiz;

/** One option: letter in source order ("A"), rendered HTML, why (rendered HTML, may be empty), whether it is right. */
public record OptionView(String letter, String html, String whyHtml, boolean correct) {
}
