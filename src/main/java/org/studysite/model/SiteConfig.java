package org.studysite.model;

import java.util.List;

/**
 * content/site.yml. baseUrl is the site's public root ("/" or "/repo/" or "https://user.github.io/repo/"),
 * used for canonical URLs and the sitemap; pages link to each other relatively so any sub-path works.
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        String repoUrl,
        String branch,
        String contentDir,
        int passPercent,
        int tocMinLevel,
        int tocMaxLevel,
        List<StudyPath> paths) {

    /** The same config published under another base URL (the --base-url option wins over site.yml). */
    public SiteConfig withBaseUrl(String url) {
        String b = url.endsWith("/") ? url : url + "/";
        return new SiteConfig(title, description, b, language, repoUrl, branch, contentDir, passPercent, tocMinLevel,
                tocMaxLevel, paths);
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Study site", "", "/", "en", null, "main", "content", 70, 2, 3, List.of());
    }
}
