package org.studysite.markdown;

/**
 * What the render stage plugs into Markdown rendering: link rewriting and quiz embedding. Implementations are
 * called from the rendering thread only, once per link/image and once per quiz fence.
 */
public interface RenderHooks {

    /**
     * Rewrite a link/image destination as written in Markdown (relative .md links → page URLs); return it unchanged
     * if not handled. The result is still checked against the URL policy (no {@code javascript:} and the like).
     */
    String resolveLink(String destination, boolean image);

    /** HTML for a ```quiz QUIZ-ID[#QUESTION-ID] block (trusted HTML, inserted as is). questionId may be null. */
    String quizEmbed(String quizId, String questionId);

    /** Leaves destinations unchanged and embeds nothing. */
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
