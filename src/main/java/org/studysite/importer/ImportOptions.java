package org.studysite.importer;

/**
 * @param idPrefix prepended to every quiz id ("aws-" or "aws": a '-' is added unless it ends in '-', '_' or '/')
 * @param domain   written as the quiz's domain; null for none
 */
public record ImportOptions(String idPrefix, String domain) {
    public static final ImportOptions DEFAULTS = new ImportOptions(null, null);

    String quizId(String slug) {
        if (idPrefix == null || idPrefix.isEmpty()) {
            return slug;
        }
        boolean joined = idPrefix.endsWith("-") || idPrefix.endsWith("_") || idPrefix.endsWith("/");
        return joined ? idPrefix + slug : idPrefix + "-" + slug;
    }
}
