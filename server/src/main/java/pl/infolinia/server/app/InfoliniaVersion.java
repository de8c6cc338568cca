package pl.infolinia.server.app;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code infolinia --version}, from the jar's manifest. */
final class InfoliniaVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Infolinia.class.getPackage().getImplementationVersion();
        return new String[] {"Infolinia " + (version == null ? "(development build)" : version)};
    }
}
