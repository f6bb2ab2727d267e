package org.studysite.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every file the render stage writes for one resolved site, each with a fingerprint of everything its rendering
 * reads from the site and a way to render it. A full build renders every output; the dev server re-renders only
 * the outputs whose fingerprint changed since its last render, which by construction gives the same bytes.
 */
public record RenderPlan(List<Output> outputs, List<Group> groups) {
    /** What rendering one output gives: its bytes and whether it needs the mermaid script shipped beside it. */
    public record Rendered(byte[] bytes, boolean needsMermaid) {
    }

    /**
     * One output file. The fingerprint is computed only when asked (a full build never asks): equal fingerprints
     * for the same templates promise equal bytes.
     */
    public record Output(String path, Supplier<String> fingerprint, Supplier<Rendered> render) {
    }

    /**
     * Files made together from the whole site (the A–Z pages, the search index): which files there are is known only
     * once they are made, so the group has one fingerprint and gives all its files at once.
     */
    public record Group(String name, Supplier<String> fingerprint, Supplier<Map<String, byte[]>> render) {
    }

    /** Written (with the bundled mermaid.min.js) whenever any page rendered with a diagram. */
    public static final String MERMAID = "assets/vendor/mermaid.min.js";
}
