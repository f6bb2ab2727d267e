package org.studysite.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studysite.diag.DidYouMean;
import org.studysite.diag.Diagnostics;
import org.studysite.model.SiteConfig;
import org.studysite.model.SourcePosition;
import org.studysite.model.StudyItem;
import org.studysite.model.StudyPath;

/** Reads content/site.yml into a {@link SiteConfig}, validated like content: every problem with its line. */
final class ConfigLoader {
    static final String FILE = "site.yml";
    private static final Set<String> KNOWN = Set.of("title", "description", "baseUrl", "language", "repoUrl",
            "branch", "contentPath", "passPercent", "toc", "paths");

    private ConfigLoader() {
    }

    static SiteConfig load(String yaml, Diagnostics d) {
        SiteConfig def = SiteConfig.defaults();
        YamlFields fields = YamlFields.parse(yaml, FILE, 1, d).orElse(null);
        if (fields == null) {
            return def;
        }
        Map<String, YamlFields.Field> f = fields.fields();
        // A wrong value is reported at the value, which may sit on a later line than its key (`title:` then `- a`).
        YamlPositions where = YamlPositions.of(yaml);
        f.forEach((name, field) -> {
            if (!KNOWN.contains(name)) {
                d.error(new SourcePosition(FILE, field.line(), field.column()), "unknown setting `" + name + "`", DidYouMean.hint(name, KNOWN, "settings"));
            }
        });
        int pass = number(f, "passPercent", def.passPercent(), 0, 100, where, d);
        int tocMin = def.tocMinLevel();
        int tocMax = def.tocMaxLevel();
        YamlFields.Field toc = f.get("toc");
        if (toc != null) {
            tocMin = clampLevel(toc.value().path("minLevel"), tocMin);
            tocMax = clampLevel(toc.value().path("maxLevel"), tocMax);
        }
        String baseUrl = def.baseUrl();
        YamlFields.Field base = f.get("baseUrl");
        if (base != null && !base.value().isNull()) {
            var normal = org.studysite.model.BaseUrl.normalize(base.value().asText());
            if (normal.ok() && base.value().isTextual()) {
                baseUrl = normal.url();
            } else {
                d.error(valueAt(where, "baseUrl", base), "`baseUrl` " + (normal.ok() ? "must be text" : normal.problem()),
                        org.studysite.model.BaseUrl.HINT);
            }
        }
        if (toc != null && !toc.value().isObject()) {
            d.error(valueAt(where, "toc", toc), "`toc` must be a mapping, not " + kind(toc.value()),
                    "write e.g. toc: {minLevel: 2, maxLevel: 3}");
        }
        return new SiteConfig(text(f, "title", def.title(), where, d), text(f, "description", "", where, d), baseUrl,
                text(f, "language", def.language(), where, d), repoUrl(f, where, d),
                text(f, "branch", def.branch(), where, d), text(f, "contentPath", def.contentDir(), where, d), pass, tocMin,
                tocMax, paths(f.get("paths"), where, d));
    }

    /**
     * The repository's web address, the start of every "Edit this page" and "Suggest a fix" link: an http(s) URL
     * with a host, or the links would carry whatever scheme it names ({@code javascript:} found by fuzzing).
     */
    private static String repoUrl(Map<String, YamlFields.Field> f, YamlPositions where, Diagnostics d) {
        String url = text(f, "repoUrl", null, where, d);
        if (url == null || url.isBlank() || REPO_URL.matcher(url.strip()).matches()) {
            return url == null || url.isBlank() ? null : url.strip();
        }
        YamlFields.Field field = f.get("repoUrl");
        d.error(valueAt(where, "repoUrl", field), "`repoUrl` must be an http(s) address, not `" + url + "`",
                "write the repository's address, e.g. repoUrl: https://github.com/user/repo");
        return null;
    }

    private static final java.util.regex.Pattern REPO_URL =
            java.util.regex.Pattern.compile("(?i)https?://[^\\s/?#\"'<>`]+(/[^\\s\"'<>`]*)?");

    /** A text setting; a list or mapping where text belongs is an error (`title: [a, b]` used to build as "") */
    private static String text(Map<String, YamlFields.Field> f, String name, String fallback, YamlPositions where,
                               Diagnostics d) {
        YamlFields.Field field = f.get(name);
        if (field == null || field.value().isNull()) {
            return fallback;
        }
        if (!field.value().isValueNode()) {
            d.error(valueAt(where, name, field), "`" + name + "` must be text, not " + kind(field.value()),
                    "write it on one line, e.g. " + name + ": My study site");
            return fallback;
        }
        return field.value().asText();
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "a list" : n.isObject() ? "a mapping" : "`" + n.asText() + "`";
    }

    private static int number(Map<String, YamlFields.Field> f, String name, int fallback, int min, int max,
                              YamlPositions where, Diagnostics d) {
        YamlFields.Field field = f.get(name);
        if (field == null) {
            return fallback;
        }
        int v = field.value().asInt(-1);
        if (!field.value().isNumber() || v < min || v > max) {
            d.error(valueAt(where, name, field), "`" + name + "` must be a number from " + min + " to " + max,
                    "found: " + field.value());
            return fallback;
        }
        return v;
    }

    /** Where a top-level setting's value was written; its key's place when the YAML gave no positions. */
    private static SourcePosition valueAt(YamlPositions where, String name, YamlFields.Field field) {
        return where.at("/" + name.replace("~", "~0").replace("/", "~1"),
                new SourcePosition(FILE, field.line(), field.column()));
    }

    private static int clampLevel(JsonNode n, int fallback) {
        return n.isInt() ? Math.max(1, Math.min(6, n.asInt())) : fallback;
    }

    private static List<StudyPath> paths(YamlFields.Field field, YamlPositions where, Diagnostics d) {
        if (field == null) {
            return List.of();
        }
        SourcePosition pathsAt = new SourcePosition(FILE, field.line(), field.column());
        if (!field.value().isArray()) {
            d.error(pathsAt, "`paths` must be a list of study paths",
                    "each with id, title and days: [{title, items: [note-id, quiz:ID, exam:ID]}]");
            return List.of();
        }
        List<StudyPath> out = new ArrayList<>();
        int pathIndex = 0;
        for (JsonNode p : field.value()) {
            String pathPointer = "/paths/" + pathIndex++;
            SourcePosition pathAt = where.at(pathPointer, pathsAt);
            List<StudyPath.Day> days = new ArrayList<>();
            int dayIndex = 0;
            for (JsonNode day : p.path("days")) {
                String dayPointer = pathPointer + "/days/" + dayIndex++;
                SourcePosition dayAt = where.at(dayPointer, pathAt);
                List<StudyItem> items = new ArrayList<>();
                int itemIndex = 0;
                for (JsonNode i : day.path("items")) {
                    items.add(StudyItem.parse(i.asText(), where.at(dayPointer + "/items/" + itemIndex++, dayAt)));
                }
                days.add(new StudyPath.Day(day.path("title").asText(""), List.copyOf(items), dayAt));
            }
            String id = p.path("id").asText("");
            if (id.isEmpty() || p.path("title").asText("").isEmpty()) {
                d.error(pathAt, "every study path needs an `id` and a `title`", null);
            }
            out.add(new StudyPath(id, p.path("title").asText(""), p.path("description").asText(""), List.copyOf(days)));
        }
        return List.copyOf(out);
    }
}
