package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.bench.CorpusGenerator;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/** The real reader (search.js under node --test) against the real index of built sites. */
class SearchSiteTest {
    @TempDir
    Path tmp;

    @Test
    void judgedQueriesFindTheirSectionsInTheDefaultSite() throws Exception {
        Path out = tmp.resolve("site");
        BuildResult r = Sites.build(Path.of("content"), out);
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(Files.exists(out.resolve("all-pages.html")));
        String log = NodeTests.run(Map.of("SEARCH_SITE", out.toString()), "search-site/relevance.check.js",
                "search-site/bytes.check.js");
        assertTrue(log.contains("MRR"), log);
    }

    @Test
    void aQueryOnAThousandNotesFetchesAtMostFortyKilobytes() throws Exception {
        Path content = tmp.resolve("corpus");
        CorpusGenerator.write(content, 1000);
        Path out = tmp.resolve("site");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), r.diagnostics().toString());
        NodeTests.run(Map.of("SEARCH_SITE", out.toString(), "SEARCH_FIRST_BUDGET", "40960",
                // Not yet the 10 KB: a keystroke that opens the "re" shard (regression, recall, registry…)
                // of this dense generated vocabulary costs 15.8 KB; held here so it cannot grow unnoticed.
                "SEARCH_KEY_BUDGET", "16384",
                "SEARCH_QUERIES", "vector assembler|mlflow experiment|precision recall|note 512 section"),
                "search-site/bytes.check.js");
    }
}
