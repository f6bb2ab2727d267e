package org.studysite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteTest {
    @ParameterizedTest
    @CsvSource({"a/README.MD,README", "index.md,index", "a/b/page.mdx,page", "x.Markdown,x", "a/notes.md.bak,notes.md.bak",
            "a/b.txt,b.txt", "a/.md,''", "a/md,md", "a/b.mdxx,b.mdxx"})
    void baseNameDropsFolderAndMarkdownExtensionInAnyCase(String path, String expected) {
        assertEquals(expected, Note.baseName(path));
    }
}
