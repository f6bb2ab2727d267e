package org.studysite.markdown.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.swing.text.Segment;

import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Build-time syntax highlighting with RSyntaxTextArea's tokenizers, headless: no text area, no Swing UI, just
 * {@link TokenMaker#getTokenList} line by line, carrying the last token type of a line into the next one so that
 * multi-line strings and comments stay coloured. Token types map to a few CSS classes ({@code tok-kw},
 * {@code tok-str}, {@code tok-com}, {@code tok-num}, {@code tok-fn}, {@code tok-op}, {@code tok-type},
 * {@code tok-var}, {@code tok-ann}, {@code tok-tag}, {@code tok-attr}).
 *
 * <p>Thread-safe: token makers are not, so every call creates its own (cheap: a reflective constructor call; the
 * scanner tables are static).
 */
public final class CodeHighlighter {

    /** A language we can highlight: its canonical name (for data-lang / language-*) and RSTA syntax style. */
    public record Language(String name, String style) {
    }

    private static final Map<String, Language> LANGUAGES = new HashMap<>();

    static {
        lang(SyntaxConstants.SYNTAX_STYLE_PYTHON, "python", "py", "python3", "py3", "pyspark");
        lang(SyntaxConstants.SYNTAX_STYLE_SQL, "sql", "sparksql", "hiveql", "mysql", "postgresql", "psql");
        lang(SyntaxConstants.SYNTAX_STYLE_SCALA, "scala");
        lang(SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL, "bash", "sh", "shell", "console", "zsh", "shell-session");
        lang(SyntaxConstants.SYNTAX_STYLE_JSON, "json");
        lang(SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS, "jsonc", "json5");
        lang(SyntaxConstants.SYNTAX_STYLE_YAML, "yaml", "yml");
        lang(SyntaxConstants.SYNTAX_STYLE_JAVA, "java");
        lang(SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT, "javascript", "js", "mjs", "cjs");
        lang(SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT, "typescript", "ts");
        lang(SyntaxConstants.SYNTAX_STYLE_XML, "xml", "svg");
        lang(SyntaxConstants.SYNTAX_STYLE_HTML, "html", "htm");
        lang(SyntaxConstants.SYNTAX_STYLE_CSS, "css");
        lang(SyntaxConstants.SYNTAX_STYLE_MARKDOWN, "markdown", "md");
        lang(SyntaxConstants.SYNTAX_STYLE_KOTLIN, "kotlin", "kt");
        lang(SyntaxConstants.SYNTAX_STYLE_GO, "go", "golang");
        lang(SyntaxConstants.SYNTAX_STYLE_RUST, "rust", "rs");
        lang(SyntaxConstants.SYNTAX_STYLE_C, "c", "h");
        lang(SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS, "cpp", "c++", "cxx", "hpp");
        lang(SyntaxConstants.SYNTAX_STYLE_CSHARP, "csharp", "cs", "c#");
        lang(SyntaxConstants.SYNTAX_STYLE_DOCKERFILE, "dockerfile", "docker");
        lang(SyntaxConstants.SYNTAX_STYLE_INI, "ini", "toml", "cfg");
        lang(SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE, "properties");
        lang(SyntaxConstants.SYNTAX_STYLE_POWERSHELL, "powershell", "ps1", "pwsh");
        lang(SyntaxConstants.SYNTAX_STYLE_GROOVY, "groovy", "gradle");
        lang(SyntaxConstants.SYNTAX_STYLE_MAKEFILE, "makefile", "make");
        lang(SyntaxConstants.SYNTAX_STYLE_RUBY, "ruby", "rb");
        lang(SyntaxConstants.SYNTAX_STYLE_PHP, "php");
        lang(SyntaxConstants.SYNTAX_STYLE_LUA, "lua");
        lang(SyntaxConstants.SYNTAX_STYLE_PERL, "perl", "pl");
        lang(SyntaxConstants.SYNTAX_STYLE_LATEX, "latex", "tex");
        lang(SyntaxConstants.SYNTAX_STYLE_PROTO, "proto", "protobuf");
        lang(SyntaxConstants.SYNTAX_STYLE_SAS, "sas");
        lang(SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH, "bat", "batch", "cmd");
        // R: RSyntaxTextArea 4.0.1 has no R tokenizer, so ```r stays plain text.
    }

    private static void lang(String style, String name, String... aliases) {
        Language l = new Language(name, style);
        LANGUAGES.put(name, l);
        for (String a : aliases) {
            LANGUAGES.put(a, l);
        }
    }

    private CodeHighlighter() {
    }

    /** The language for a fence info word ("py" → python), or null when we cannot highlight it. */
    public static Language language(String infoWord) {
        return infoWord == null ? null : LANGUAGES.get(infoWord.toLowerCase(Locale.ROOT));
    }

    /** Appends the highlighted, HTML-escaped code (spans never cross a line end). */
    public static void highlight(Language language, String code, StringBuilder out) {
        TokenMaker maker = TokenMakerFactory.getDefaultInstance().getTokenMaker(language.style());
        char[] chars = code.toCharArray();
        int lineType = TokenTypes.NULL;
        int start = 0;
        while (start < chars.length) {
            int end = start;
            while (end < chars.length && chars[end] != '\n') {
                end++;
            }
            int contentEnd = end > start && chars[end - 1] == '\r' ? end - 1 : end;
            lineType = highlightLine(maker, chars, start, contentEnd - start, lineType, out);
            if (end < chars.length) {
                out.append('\n');
            }
            start = end + 1;
        }
    }

    /** Highlights one line; returns the token type the next line starts in. */
    private static int highlightLine(TokenMaker maker, char[] chars, int offset, int count, int initialType,
                                     StringBuilder out) {
        if (count == 0) {
            // an empty line inside a multi-line construct keeps the state
            Token t = maker.getTokenList(new Segment(chars, offset, 0), initialType, 0);
            return lastType(t);
        }
        Token token = maker.getTokenList(new Segment(chars, offset, count), initialType, 0);
        String open = null;
        Token last = token;
        for (Token t = token; t != null; t = t.getNextToken()) {
            last = t;
            if (!t.isPaintable()) {
                continue;
            }
            String css = cssClass(t.getType());
            if (!java.util.Objects.equals(css, open)) {
                if (open != null) {
                    out.append("</span>");
                }
                if (css != null) {
                    out.append("<span class=\"").append(css).append("\">");
                }
                open = css;
            }
            escape(t.getTextArray(), t.getTextOffset(), t.length(), out);
        }
        if (open != null) {
            out.append("</span>");
        }
        return last == null ? TokenTypes.NULL : last.getType();
    }

    private static int lastType(Token t) {
        if (t == null) {
            return TokenTypes.NULL;
        }
        while (t.getNextToken() != null) {
            t = t.getNextToken();
        }
        return t.getType();
    }

    /** The CSS class for an RSTA token type; null for identifiers, whitespace and brackets. */
    static String cssClass(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> "tok-com";
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.LITERAL_BOOLEAN -> "tok-kw";
            case TokenTypes.FUNCTION -> "tok-fn";
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                    TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.ERROR_NUMBER_FORMAT -> "tok-num";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.ERROR_STRING_DOUBLE, TokenTypes.ERROR_CHAR, TokenTypes.REGEX,
                    TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA -> "tok-str";
            case TokenTypes.DATA_TYPE -> "tok-type";
            case TokenTypes.VARIABLE, TokenTypes.MARKUP_ENTITY_REFERENCE -> "tok-var";
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
                    TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER -> "tok-ann";
            case TokenTypes.OPERATOR, TokenTypes.MARKUP_TAG_DELIMITER -> "tok-op";
            case TokenTypes.MARKUP_TAG_NAME -> "tok-tag";
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> "tok-attr";
            default -> null;
        };
    }

    static void escape(char[] chars, int offset, int length, StringBuilder out) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
