package pl.infolinia.contactcenter.announcement;

/** One spoken piece of an announcement: the prompt file that says it and its Polish text. */
record Word(String prompt, String text) {
}
