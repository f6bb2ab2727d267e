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

    /**
     * The prompt as one line of plain text, for the result's list of missed questions: taken from the prompt itself
     * at build time, so nothing the scripts add to the page (a code block's Copy button) ends up in it.
     */
    public String summary() {
        String text = org.jsoup.Jsoup.parseBodyFragment(promptHtml).text().strip();
        return text.length() > 90 ? text.substring(0, 88).strip() + "…" : text;
    }

    /** Tags joined by spaces, for data-tags. */
    public String tagsAttr() {
        return String.join(" ", tags);
    }
}
