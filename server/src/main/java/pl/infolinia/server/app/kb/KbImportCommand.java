package pl.infolinia.server.app.kb;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.article.ArticleVersion;
import pl.infolinia.knowledge.article.Edit;
import pl.infolinia.knowledge.importing.ImportReport;
import pl.infolinia.knowledge.importing.KnowledgeImport;
import pl.infolinia.server.app.ServerLauncher;
import pl.infolinia.server.app.SettingOptions;
import pl.infolinia.server.app.settings.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code infolinia kb import PATH [--dry-run]}: checks a knowledge base in the import format and,
 * unless it is a dry run, saves it all or nothing into the configured database and search index.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a knowledge base (folder or ZIP in the demo format; articles as articles/*.md,"
                + " articles.json or articles.csv) into the database;"
                + " with --dry-run only check it and print the report. Stop a start-dev server first: its H2"
                + " database takes one process at a time.")
final class KbImportCommand implements Callable<Integer> {

    static final int INVALID = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Folder or ZIP with taxonomy.yaml, offices.yaml and articles/*.md,"
            + " articles.json or articles.csv.")
    private Path path;

    @Option(names = "--dry-run", description = "Check everything, change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report = new KnowledgeImport().check(path);
        if (!report.valid()) {
            out.println("The import at " + path + " has " + report.problems().size() + " problem(s); nothing changed:");
            report.problems().forEach(problem -> out.println("  " + problem));
            out.flush();
            return INVALID;
        }
        out.println("Valid: " + report.content().articles().size() + " articles, "
                + report.content().taxonomy().sections().size() + " sections.");
        if (dryRun) {
            out.println("Dry run: nothing changed.");
            out.flush();
            return 0;
        }
        try (ConfigurableApplicationContext app = ServerLauncher.startTool(RunMode.DEV, SettingOptions.given(spec),
                System.getenv(), spec.commandLine().getErr()).orElse(null)) {
            if (app == null) {
                return INVALID;
            }
            List<ArticleVersion> written = app.getBean(KnowledgeBase.class).importFrom(path,
                    new Edit("import", Instant.now(), "kb import " + path.getFileName())).written();
            out.println("Imported: " + written.size() + " article(s) new or changed, "
                    + (report.content().articles().size() - written.size()) + " unchanged.");
            out.flush();
            return 0;
        }
    }
}
