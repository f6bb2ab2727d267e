package org.studysite.pipeline;

import java.nio.file.Path;

/**
 * What to build: the content folder, where to write (null: check only, write nothing), an optional base URL
 * overriding site.yml, whether broken links fail the build, and the user's templates folder (may not exist).
 */
public record BuildOptions(Path content, Path out, String baseUrl, boolean brokenLinksAreErrors, Path templates) {
}
