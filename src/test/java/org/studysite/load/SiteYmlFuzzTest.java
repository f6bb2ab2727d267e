package org.studysite.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.studysite.diag.Diagnostics;
import org.studysite.testing.FuzzChecks;

/** Fuzz target: site.yml through {@link ConfigLoader}. Nothing throws; every diagnostic points inside the file. */
class SiteYmlFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void siteYml(byte[] input) {
        String text = FuzzChecks.text(input);
        Diagnostics d = new Diagnostics();
        ConfigLoader.load(text, d);
        FuzzChecks.positionsInRange(d.sorted(), Map.of(ConfigLoader.FILE, text));
    }
}
