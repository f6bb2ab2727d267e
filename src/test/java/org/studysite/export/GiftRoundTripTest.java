package org.studysite.export;

import org.junit.jupiter.api.Test;
import org.studysite.diag.Diagnostic;
import org.studysite.diag.Diagnostics;
import org.studysite.importer.ImportOptions;
import org.studysite.importer.ImportResult;
import org.studysite.importer.ImportedQuestion;
import org.studysite.importer.ImportedQuiz;
import org.studysite.importer.Importers;
import org.studysite.importer.QuizJsonWriter;
import org.studysite.load.QuizLoader;
import org.studysite.model.Option;
import org.studysite.model.Question;
import org.studysite.model.Quiz;
import org.studysite.resolve.Site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GIFT is lossless for what it holds: the whole default bank exported and imported again gives the same questions
 * (ids, prompts, options, keys, single or multiple, explanations, every option's why), and the imported files load.
 */
class GiftRoundTripTest {
    @Test
    void defaultBankComesBackUnchanged() {
        roundTrip(ExportFixtures.DEFAULT, 100);
    }

    @Test
    void awkwardBankComesBackUnchanged() {
        roundTrip(ExportFixtures.SMALL, 3);
    }

    private static void roundTrip(Path content, int atLeast) {
        Site site = ExportFixtures.site(content);
        String gift = ExportFixtures.export("gift", site, new ExportReport());
        ImportResult back = Importers.importText(gift, "bank.gift", ImportOptions.DEFAULTS);
        assertEquals(List.of(), back.diagnostics().stream().map(Diagnostic::format).toList());
        List<Quiz> quizzes = site.content().quizzes();
        assertEquals(quizzes.stream().map(Quiz::title).toList(), back.quizzes().stream().map(ImportedQuiz::title).toList());
        Map<String, ImportedQuestion> imported = back.quizzes().stream().flatMap(q -> q.questions().stream())
                .collect(Collectors.toMap(ImportedQuestion::id, Function.identity()));
        List<Question> all = quizzes.stream().flatMap(q -> q.questions().stream()).toList();
        assertTrue(all.size() >= atLeast, "bank has " + all.size());
        assertEquals(all.size(), imported.size());
        for (Question q : all) {
            ImportedQuestion i = imported.get(q.id());
            assertTrue(i != null, q.id());
            assertEquals(q.prompt().markdown(), i.prompt(), q.id());
            assertEquals(q.options().stream().map(o -> o.text().markdown()).toList(), i.options(), q.id());
            assertEquals(q.answer().stream().map(n -> String.valueOf((char) ('A' + n))).toList(), i.answer(), q.id());
            assertEquals(q.multiple(), i.multiple(), q.id());
            assertEquals(q.explanation() == null ? "" : q.explanation().markdown(), i.explanation(), q.id());
            assertEquals(q.options().stream().map(o -> o.why() == null ? "" : o.why().markdown()).toList(), i.whys(), q.id());
        }
        for (ImportedQuiz quiz : back.quizzes()) {
            Diagnostics d = new Diagnostics();
            assertTrue(QuizLoader.load(quiz.id() + ".json", QuizJsonWriter.toJson(quiz), d).isPresent());
            List<String> errors = new ArrayList<>(d.sorted().stream().filter(Diagnostic::isError)
                    .map(Diagnostic::format).toList());
            assertEquals(List.of(), errors, quiz.id());
        }
    }
}
