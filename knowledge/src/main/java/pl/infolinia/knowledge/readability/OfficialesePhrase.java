package pl.infolinia.knowledge.readability;

/**
 * An officialese phrase found in a text, with a plainer way to say it.
 *
 * @param phrase   the phrase as listed ("w przedmiocie")
 * @param plainer  what to write instead, or an empty string if the list gives nothing
 * @param start    character offset in the text where it was found
 */
public record OfficialesePhrase(String phrase, String plainer, int start) {
}
