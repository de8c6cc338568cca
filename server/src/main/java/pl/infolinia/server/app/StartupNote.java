package pl.infolinia.server.app;

import java.util.List;

/** A few lines that a feature adds to the summary printed once the server is up (logins, SIP address…). */
public interface StartupNote {

    List<String> lines();
}
