package pl.infolinia.knowledge.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code articles.csv}: a header row naming the fields of {@link ArticleRecord}, then one
 * article a row; a body spanning lines is quoted, as spreadsheets write it. Comma or semicolon
 * separated, whichever the header uses.
 */
final class ArticlesCsv {

    static final String NAME = "articles.csv";

    private ArticlesCsv() {
    }

    static List<ArticleRecord> read(SourceFile file, List<ImportProblem> problems) {
        String text = file.text();
        String header = text.lines().findFirst().orElse("");
        char separator = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).get();
        List<ArticleRecord> records = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            long line = csv.getCurrentLineNumber() + 1;
            for (CSVRecord row : csv) {
                records.add(record(row, (int) line));
                line = csv.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(new ImportProblem(NAME, 0, "", "broken CSV: " + e.getMessage()));
        }
        return records;
    }

    private static ArticleRecord record(CSVRecord row, int line) {
        Map<String, String> values = new HashMap<>();
        row.toMap().forEach((name, value) -> {
            if (name != null && !name.isBlank() && value != null) {
                values.put(name.strip(), value);
            }
        });
        return new ArticleRecord(NAME, line, values, Map.of());
    }
}
