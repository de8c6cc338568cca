package pl.infolinia.knowledge.article;

/** How an article is written: in everyday language or in stiff administrative language. */
public enum WritingStyle {
    PLAIN,
    OFFICIAL
}
