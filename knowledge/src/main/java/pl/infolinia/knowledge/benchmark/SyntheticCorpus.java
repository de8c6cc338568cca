package pl.infolinia.knowledge.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.knowledge.article.ArticleId;
import pl.infolinia.knowledge.article.BodySection;

/**
 * The demo articles grown to any number: each extra article is a demo article localised to a
 * town, with sentences borrowed from other articles, so that vocabulary, lengths and field
 * shapes stay those of real content. Deterministic for a seed.
 */
public final class SyntheticCorpus {

    private static final List<String> TOWNS = List.of("Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk",
            "Szczecin", "Bydgoszcz", "Lublin", "Białystok", "Katowice", "Gdynia", "Częstochowa", "Radom", "Toruń",
            "Sosnowiec", "Rzeszów", "Kielce", "Gliwice", "Olsztyn", "Zabrze", "Bielsko-Biała", "Bytom", "Zielona Góra",
            "Rybnik", "Ruda Śląska", "Opole", "Tychy", "Gorzów Wielkopolski", "Elbląg", "Płock", "Wałbrzych");

    private SyntheticCorpus() {
    }

    /** The demo articles followed by variants of them, {@code size} in all. */
    public static List<Article> grow(List<Article> demo, int size, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>(demo.subList(0, Math.min(size, demo.size())));
        for (int n = 0; articles.size() < size; n++) {
            Article base = demo.get(n % demo.size());
            Article donor = demo.get(random.nextInt(demo.size()));
            String town = TOWNS.get(random.nextInt(TOWNS.size()));
            articles.add(variant(base, donor, town, n, random));
        }
        return articles;
    }

    private static Article variant(Article base, Article donor, String town, int n, Random random) {
        List<BodySection> body = new ArrayList<>();
        for (BodySection section : base.body()) {
            if (section.heading().equals(BodySection.SEE_ALSO)) {
                continue;
            }
            String borrowed = sentence(donor, random);
            body.add(new BodySection(section.heading(), section.markdown()
                    + (section.heading().equals(BodySection.SUMMARY) ? " Dotyczy miejscowości " + town + ". " : " ")
                    + borrowed));
        }
        return new Article(new ArticleId(base.id().value() + "-" + n), base.title() + " — " + town, base.placement(),
                base.office(), base.handledBy() + " (" + town + ")", base.updated(), base.style(), body, base.status());
    }

    private static String sentence(Article donor, Random random) {
        String[] sentences = donor.summary().split("(?<=[.!?])\\s+");
        return sentences[random.nextInt(sentences.length)];
    }
}
