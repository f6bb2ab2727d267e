package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diag.Diagnostic;
import org.studysite.pipeline.BuildResult;
import org.studysite.testing.Sites;

/** An Obsidian vault: wikilinks find notes and files by name anywhere, headings by their text, and are checked. */
class ObsidianVaultTest {
    @TempDir
    Path tmp;

    private Path vault(String ec2) throws IOException {
        Path v = Files.createDirectories(tmp.resolve("vault/AWS/Compute"));
        Files.createDirectories(tmp.resolve("vault/Storage/img"));
        Files.writeString(v.resolve("EC2.md"), ec2);
        Files.writeString(tmp.resolve("vault/Storage/S3.md"), "# S3\n\n## Storage classes\n\nStandard.\n");
        Files.writeString(tmp.resolve("vault/AWS/S3.md"), "# An S3 beside AWS/, farther from EC2 than none\n");
        Files.write(tmp.resolve("vault/Storage/img/diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return tmp.resolve("vault");
    }

    @Test
    void wikilinksReachTheNamedNoteItsHeadingAndImages() throws IOException {
        Path out = tmp.resolve("out");
        BuildResult r = Sites.build(vault("""
                # EC2

                See [[Storage/S3#Storage classes|storage classes]], [[s3]] and [[#Pricing]].

                ![[diagram.png|300]]

                ## Pricing
                """), out);
        assertTrue(r.ok(), r.diagnostics()::toString);
        Document page = Jsoup.parse(out.resolve("AWS/Compute/EC2.html").toFile());
        // A path picks that note; a bare name the nearest (AWS/S3.md: shorter path than Storage/S3.md).
        assertEquals(List.of("../../Storage/S3.html#storage-classes", "../S3.html", "EC2.html#pricing"),
                page.select("main article p a").eachAttr("href"));
        assertEquals("../../Storage/img/diagram.png", page.selectFirst("main article img").attr("src"));
    }

    @Test
    void aWikilinkToNothingIsABrokenLinkAtItsLine() throws IOException {
        BuildResult r = Sites.build(vault("# EC2\n\nText.\n\nSee [[Nowhere]] and [[Storage/S3#No such heading]].\n"), tmp.resolve("out"));
        assertFalse(r.ok());
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("AWS/Compute/EC2.md:5:") && errors.get(0).contains("`[[Nowhere]]`"), errors.get(0));
        assertTrue(errors.get(1).contains("no heading `No such heading`") && errors.get(1).contains("Storage classes"), errors.get(1));
    }
}
