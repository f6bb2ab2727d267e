package org.studysite.model;

import java.util.List;

/** An exam domain with its weight in percent and the notes that teach it. */
public record Domain(String id, String title, int weight, List<Ref> notes, SourcePosition position) {
}
