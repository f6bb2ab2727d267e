package org.studysite.load;

import org.studysite.model.SourcePosition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.studysite.diag.Diagnostics;
import org.studysite.markdown.MarkdownSupport;
import org.studysite.model.Asset;
import org.studysite.model.Category;
import org.studysite.model.Content;
import org.studysite.model.Exam;
import org.studysite.model.Note;
import org.studysite.model.Quiz;
import org.studysite.model.SiteConfig;

/**
 * The load stage: reads a content folder into an immutable {@link Content}. Notes are parsed in parallel;
 * every problem becomes a diagnostic, so one bad file never hides the others.
 */
public final class ContentLoader {
    private final MarkdownSupport markdown;

    public ContentLoader(MarkdownSupport markdown) {
        this.markdown = markdown;
    }

    public Content load(Path root, Diagnostics diagnostics) {
        return load(root, diagnostics, LoadCache.none());
    }

    /** Loads the folder, reusing what {@code cache} kept of files that did not change since the last load. */
    public Content load(Path root, Diagnostics diagnostics, LoadCache cache) {
        List<String> files = cache.listing(root, diagnostics,
                d -> ContainedFiles.list(root, "", ContentFiles::isVisible, d));
        cache.retainOnly(files);
        SiteConfig config = files.contains(ConfigLoader.FILE)
                ? cache.get(root, ConfigLoader.FILE, "config", diagnostics,
                        d -> ConfigLoader.load(read(root, ConfigLoader.FILE, d), d)) : SiteConfig.defaults();
        NoteLoader notes = new NoteLoader(markdown);
        java.util.Set<String> indexed = files.stream().filter(ContentFiles::isIndexNote).map(ContentFiles::folder)
                .collect(java.util.stream.Collectors.toSet());
        List<Note> loaded = org.studysite.concurrent.Parallel.map(files.stream().filter(ContentFiles::isNote).toList(),
                f -> {
                    boolean orphan = !indexed.contains(ContentFiles.folder(f));
                    return cache.get(root, f, "note:" + orphan, diagnostics,
                            d -> notes.load(f, read(root, f, d), d, orphan));
                });
        List<Category> categories = files.stream().filter(ContentFiles::isCategory)
                .map(f -> cache.get(root, f, "category", diagnostics, d -> CategoryLoader.load(f, read(root, f, d), d)))
                .flatMap(Optional::stream).toList();
        List<Quiz> quizzes = new ArrayList<>();
        List<Exam> exams = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String f : files) {
            if (ContentFiles.isExam(f)) {
                cache.get(root, f, "exam", diagnostics, d -> ExamLoader.load(f, read(root, f, d), d, markdown))
                        .ifPresentOrElse(exams::add, () -> failed.add(f));
            } else if (ContentFiles.isJson(f) && !ContentFiles.isCategory(f)) {
                JsonFile json = cache.get(root, f, "json", diagnostics, d -> {
                    String text = read(root, f, d);
                    return ContentFiles.looksLikeQuiz(text) ? new JsonFile(true, QuizLoader.load(f, text, d, markdown))
                            : new JsonFile(false, Optional.empty());
                });
                if (json.quizFile()) {
                    json.quiz().ifPresentOrElse(quizzes::add, () -> failed.add(f));
                } else if (ContentFiles.isAsset(f)) {
                    assets.add(new Asset(f));
                }
            } else if (ContentFiles.isAsset(f)) {
                assets.add(new Asset(f));
            }
        }
        cache.loaded();
        return new Content(root, config, loaded.stream().filter(Objects::nonNull).toList(), categories,
                List.copyOf(quizzes), List.copyOf(exams), List.copyOf(assets), List.copyOf(failed));
    }

    /** A .json file: a quiz (loaded, or empty when it had errors) or a plain file copied as it is. */
    private record JsonFile(boolean quizFile, Optional<Quiz> quiz) {
    }

    /**
     * A content file as text. Bytes that are not UTF-8 (a file saved as Latin-1 or UTF-16) are an error at the
     * first bad byte; the text is still returned, decoded leniently, so the file's other problems are reported too.
     */
    static String read(Path root, String rel, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            Path file = root.resolve(rel);
            // Listing already refused links that leave the folder; this keeps any other caller from reading one.
            if (Files.isSymbolicLink(file) && !ContainedFiles.isInside(root, rel)) {
                diagnostics.error(new SourcePosition(rel, 0, 0), "symbolic link points outside the content folder and is not followed",
                        "copy the file into the content folder instead of linking to it");
                return "";
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(new SourcePosition(rel, 0, 0), "cannot read the file: " + e.getMessage(), "check the file's permissions");
            return "";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            reportEncoding(rel, bytes, diagnostics);
        }
        // A byte-order mark and Windows line endings must not shift columns or break front matter.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void reportEncoding(String rel, byte[] bytes, Diagnostics diagnostics) {
        java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer good = java.nio.CharBuffer.allocate(bytes.length);
        strict.decode(in, good, true); // stops at the first malformed byte
        String before = good.flip().toString();
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        diagnostics.error(new SourcePosition(rel, line, column), String.format("the file is not UTF-8 text (byte 0x%02X here)",
                bytes[in.position()] & 0xff), "save it as UTF-8 (in most editors: Save with Encoding → UTF-8)");
    }
}
