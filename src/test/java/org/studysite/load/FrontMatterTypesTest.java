package org.studysite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.studysite.diag.Diagnostics;
import org.studysite.model.FrontMatter;

/** Values written with the "wrong" YAML type by other generators' docs are read when their meaning is clear. */
class FrontMatterTypesTest {
    @Test
    void quotedBooleansAndNumbersAreRead() {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = FrontMatterParser.split("---\ndraft: \"false\"\nhide_table_of_contents: 'True'\n"
                + "sidebar_position: \"3\"\n---\ntext\n", "a.md", d).frontMatter();
        assertFalse(fm.draft());
        assertTrue(fm.hideTableOfContents());
        assertEquals(3, fm.sidebarPosition());
        assertTrue(d.sorted().isEmpty(), d.sorted().toString());
    }

    @Test
    void anUnreadableBooleanIsStillAnError() {
        Diagnostics d = new Diagnostics();
        FrontMatterParser.split("---\ndraft: maybe\n---\ntext\n", "a.md", d);
        assertEquals(1, d.sorted().size(), d.sorted().toString());
        assertTrue(d.sorted().get(0).format().contains("`draft` must be true or false"), d.sorted().toString());
    }
}
