package org.studysite.render.quiz;

import java.util.List;

/**
 * One question ready for partials/question.ftlh. answerLetters is "B" or "A,C" (source-order letters);
 * suggestFixUrl may be null.
 */
public record QuestionView(
        String id,
        int number,
        String promptHtml,
        boolean multiple,
        boolean showCount,
        int answerCount,
        List<OptionView> options,
        String answerLetters,
        String explanationHtml,
        String domain,
        String domainTitle,
        List<String> tags,
        Integer difficulty,
        List<LinkView> refs,
        String suggestFixUrl) {

    /** Tags joined by spaces, for data-tags. */
    public String tagsAttr() {
        return String.join(" ", tags);
    }
}
