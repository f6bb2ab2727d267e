package org.studysite.load;

import java.util.Optional;
import org.studysite.diag.Diagnostics;
import org.studysite.model.Category;

/** Docusaurus _category_.json / _category_.yml: a folder's label and position in the sidebar. */
final class CategoryLoader {
    private CategoryLoader() {
    }

    static Optional<Category> load(String rel, String text, Diagnostics d) {
        String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
        // JSON is a subset of YAML, so one reader serves both spellings of the file.
        return YamlFields.parse(text, rel, 1, d).map(f -> {
            var fields = f.fields();
            String label = fields.containsKey("label") ? fields.get("label").value().asText() : null;
            Integer position = fields.containsKey("position") && fields.get("position").value().isNumber()
                    ? (int) Math.round(fields.get("position").value().asDouble()) : null;
            boolean collapsed = !fields.containsKey("collapsed") || fields.get("collapsed").value().asBoolean(true);
            return new Category(folder, label, position, collapsed);
        });
    }
}
