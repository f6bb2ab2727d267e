package org.studysite.markdown;

/** What the render stage supplies to Markdown rendering: link rewriting and quiz embeds. */
public interface RenderHooks {
    String resolveLink(String destination, boolean image);

    String quizEmbed(String quizId, String questionId);

    RenderHooks IDENTITY = new RenderHooks() {
        @Override
        public String resolveLink(String destination, boolean image) {
            return destination;
        }

        @Override
        public String quizEmbed(String quizId, String questionId) {
            return "";
        }
    };
}
