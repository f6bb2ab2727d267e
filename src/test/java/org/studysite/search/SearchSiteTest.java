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
    void aQueryOnAThousandNotesFetchesAtMostFortyKilobytesAndTenPerKeystroke() throws Exception {
        Path content = tmp.resolve("corpus");
        CorpusGenerator.write(content, 1000);
        Path out = tmp.resolve("site");
        BuildResult r = Sites.build(content, out);
        assertTrue(r.ok(), r.diagnostics().toString());
        // The generated notes draw on 40 words, so every word is in thousands of sections: the hardest case for
        // the bytes a query fetches. One typo (precison), one prefix still typed (note 512 sect), one phrase.
        String log = NodeTests.run(Map.of("SEARCH_SITE", out.toString(), "SEARCH_FIRST_BUDGET", "40960",
                "SEARCH_KEY_BUDGET", "10240",
                "SEARCH_QUERIES", "vector assembler|mlflow experiment|precison recall|note 512 sect|\"feature pipeline\"|regression"),
                "search-site/bytes.check.js");
        assertTrue(log.contains("search bytes: \"precison recall\""), log);
    }
}
