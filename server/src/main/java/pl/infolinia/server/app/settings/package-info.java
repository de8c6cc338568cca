/**
 * Every setting, declared once with its three spellings, and how a run mode resolves them (flag,
 * environment, config file, default). Plain Java: no Spring here, so that the command line can check
 * settings before anything starts.
 */
package pl.infolinia.server.app.settings;
