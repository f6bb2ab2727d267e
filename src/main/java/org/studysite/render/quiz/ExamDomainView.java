package org.studysite.render.quiz;

import java.util.List;

/** An exam domain: weight in percent, questions per attempt (largest remainder), pool size, its notes. */
public record ExamDomainView(String id, String title, int weight, int count, int poolSize, List<LinkView> notes) {
}
