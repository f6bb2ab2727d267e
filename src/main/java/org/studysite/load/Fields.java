package org.studysite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studysite.diag.DidYouMean;
import org.studysite.model.Ref;

/**
 * Typed access to the members of one JSON object. Each getter reports a wrong type or range itself and then
 * returns null, so a loader can read every field, collect every problem, and decide at the end.
 */
final class Fields {
    private final Json object;
    private final String what;
    private final FileReport report;

    /** Reports unknown members at once, with the closest known name as a hint. */
    Fields(Json object, String what, Set<String> known, FileReport report) {
        this.object = object;
        this.what = what;
        this.report = report;
        for (Json.Member m : object.members().values()) {
            if (!known.contains(m.name())) {
                report.error(m.line(), m.column(), "unknown field `" + m.name() + "` in " + what,
                        DidYouMean.hint(m.name(), known, "allowed fields"));
            }
        }
    }

    Json object() {
        return object;
    }

    /** The value, or null when absent or JSON null (null is treated as "not given"). */
    Json get(String name) {
        Json.Member m = object.members().get(name);
        return m == null || m.value().is(Json.Kind.NULL) ? null : m.value();
    }

    Json require(String name, String hint) {
        Json v = get(name);
        if (v == null) {
            report.error(object, what + " is missing `" + name + "`", hint);
        }
        return v;
    }

    String string(String name) {
        return asString(name, get(name));
    }

    /** A required, non-blank string. */
    String requiredString(String name, String hint) {
        String s = asString(name, require(name, hint));
        if (s != null && s.isBlank()) {
            report.error(get(name), "`" + name + "` is empty", hint);
            return null;
        }
        return s;
    }

    private String asString(String name, Json v) {
        if (v == null) {
            return null;
        }
        if (!v.is(Json.Kind.STRING)) {
            wrongType(name, v, "a string");
            return null;
        }
        return v.text();
    }

    Boolean bool(String name) {
        Json v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.is(Json.Kind.BOOLEAN)) {
            wrongType(name, v, "true or false");
            return null;
        }
        return v.bool();
    }

    /** A whole number in [min, max]; out of range and wrong type are reported. */
    Integer integer(String name, int min, int max) {
        return integerValue(name, get(name), min, max);
    }

    Integer requiredInteger(String name, int min, int max, String hint) {
        return integerValue(name, require(name, hint), min, max);
    }

    private Integer integerValue(String name, Json v, int min, int max) {
        if (v == null) {
            return null;
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        if (!v.is(Json.Kind.NUMBER) || !isWhole(v.number())) {
            wrongType(name, v, "a whole number " + range);
            return null;
        }
        BigDecimal n = v.number();
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            report.error(v, "`" + name + "` must be " + range + ", not " + v.shown(), null);
            return null;
        }
        return n.intValueExact();
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** The items of a list-valued field; empty when absent or mistyped. */
    List<Json> list(String name) {
        Json v = get(name);
        if (v == null) {
            return List.of();
        }
        if (!v.is(Json.Kind.ARRAY)) {
            wrongType(name, v, "a list [ … ]");
            return List.of();
        }
        return v.items();
    }

    /** The string items of a list-valued field, with their nodes (for positions); other items are reported. */
    List<Json> strings(String name) {
        List<Json> out = new ArrayList<>();
        for (Json item : list(name)) {
            if (item.is(Json.Kind.STRING)) {
                out.add(item);
            } else {
                report.error(item, "every item of `" + name + "` must be a string, not " + item.kind().described, null);
            }
        }
        return out;
    }

    List<String> stringValues(String name) {
        return strings(name).stream().map(Json::text).toList();
    }

    /** Note references ("note-id" or "note-id#anchor"), each positioned at its string; malformed ones reported. */
    List<Ref> refs(String name) {
        List<Ref> refs = new ArrayList<>();
        for (Json s : strings(name)) {
            if (s.text().matches("[^#]+(#[^#]+)?")) {
                refs.add(Ref.parse(s.text(), report.position(s)));
            } else {
                report.error(s, "`" + name + "` item " + s.shown() + " is not a note reference",
                        "write \"note-id\" or \"note-id#anchor\"");
            }
        }
        return refs;
    }

    /** An optional string that, when given, must not be blank (ids and domains). */
    String nonBlankString(String name) {
        String s = string(name);
        if (s != null && s.isBlank()) {
            report.error(get(name), "`" + name + "` is empty", "leave it out or fill it in");
            return null;
        }
        return s;
    }

    /** An id that names an output page (quizzes/ID.html): non-blank and a safe path, see {@link PagePath}. */
    String pageId(String name) {
        String s = nonBlankString(name);
        var problem = s == null ? java.util.Optional.<String>empty() : PagePath.problem(s, false);
        problem.ifPresent(why -> report.error(get(name), "`" + name + "` " + get(name).shown() + " " + why,
                PagePath.hint(name)));
        return problem.isPresent() ? null : s;
    }

    /** A nested object's fields, or null when absent or not an object. */
    Fields nested(String name, String nestedWhat, Set<String> known) {
        Json v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.is(Json.Kind.OBJECT)) {
            wrongType(name, v, "an object { … }");
            return null;
        }
        return new Fields(v, nestedWhat, known, report);
    }

    private void wrongType(String name, Json v, String expected) {
        String actual = v.is(Json.Kind.NUMBER) ? v.shown() : v.kind().described;
        report.error(v, "`" + name + "` must be " + expected + ", not " + actual, null);
    }
}
