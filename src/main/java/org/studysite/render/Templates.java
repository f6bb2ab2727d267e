package org.studysite.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker with HTML auto-escaping. A user's templates folder (if any) is searched first, then the templates
 * shipped in the jar, so a user overrides one template by writing a file of the same name.
 */
public final class Templates {
    private final Configuration cfg;

    public Templates(Path userDir) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setTemplateLoader(loader(userDir));
    }

    private static TemplateLoader loader(Path userDir) {
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (userDir != null && Files.isDirectory(userDir)) {
                loaders.add(new FileTemplateLoader(userDir.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Renders a template; a template error becomes a {@link TemplateProblem} naming template, line and column. */
    public String render(String name, Map<String, Object> model) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new TemplateProblem(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName(),
                    e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 1 : e.getColumnNumber(),
                    e.getMessageWithoutStackTop().lines().findFirst().orElse("template error"));
        } catch (IOException e) {
            throw new TemplateProblem(name, 1, 1, "cannot read template: " + e.getMessage());
        }
    }

    /** A template that cannot be read or fails while rendering: reported as a diagnostic by the build. */
    public static final class TemplateProblem extends RuntimeException {
        public final String template;
        public final int line;
        public final int column;

        TemplateProblem(String template, int line, int column, String message) {
            super(message);
            this.template = template;
            this.line = line;
            this.column = column;
        }
    }
}
