package pl.infolinia.server.prompt;

/** One shipped prompt as an office sees it: what it says, and whether the office recorded its own. */
record PromptRow(String name, String text, boolean own) {
}
