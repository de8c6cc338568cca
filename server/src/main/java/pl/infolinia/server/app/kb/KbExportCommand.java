package pl.infolinia.server.app.kb;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import pl.infolinia.knowledge.KnowledgeBase;
import pl.infolinia.knowledge.importing.KnowledgeContent;
import pl.infolinia.knowledge.importing.KnowledgeExport;
import pl.infolinia.server.app.ServerLauncher;
import pl.infolinia.server.app.SettingOptions;
import pl.infolinia.server.app.settings.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code infolinia kb export PATH}: writes the knowledge base of the configured database in the
 * import format, as a ZIP when PATH ends in {@code .zip}, else into that folder.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the knowledge base in the import format (taxonomy.yaml, offices.yaml, articles/*.md):"
                + " a ZIP if PATH ends in .zip, otherwise a folder. Stop a start-dev server first.")
final class KbExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A .zip file or a folder to write.")
    private Path path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext app = ServerLauncher.startTool(RunMode.DEV, SettingOptions.given(spec),
                System.getenv(), spec.commandLine().getErr()).orElse(null)) {
            if (app == null) {
                return KbImportCommand.INVALID;
            }
            KnowledgeContent content = app.getBean(KnowledgeBase.class).content();
            write(content);
            out.println("Exported " + content.articles().size() + " articles and "
                    + content.taxonomy().sections().size() + " sections to " + path + ".");
            out.flush();
            return 0;
        }
    }

    private void write(KnowledgeContent content) {
        if (!path.getFileName().toString().endsWith(".zip")) {
            new KnowledgeExport().write(content, path);
            return;
        }
        try (OutputStream zip = Files.newOutputStream(path)) {
            new KnowledgeExport().writeZip(content, zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
