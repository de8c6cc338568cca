package pl.infolinia.server.app;

import picocli.CommandLine.Command;

/** Listed in {@code --help} so that users find it; the {@code ./infolinia} script runs the tests itself. */
@Command(name = "test", description = "Build and run the whole test suite, on H2 and on a throwaway PostgreSQL"
        + " (handled by the ./infolinia script, which needs Maven).")
final class TestCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Run the tests from a source checkout with: ./infolinia test");
    }
}
