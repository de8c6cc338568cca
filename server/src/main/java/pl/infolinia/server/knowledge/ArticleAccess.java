package pl.infolinia.server.knowledge;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.infolinia.knowledge.article.Article;
import pl.infolinia.server.security.SignedInUser;
import pl.infolinia.server.user.Role;

/**
 * Who may change which article: a knowledge-base editor the articles of their own office, an
 * administrator every article. A refusal is an {@link AccessDeniedException}: 403, audited.
 */
@Component
public class ArticleAccess {

    /** Editors and administrators: they see drafts, history and the editors' pages. */
    public boolean isEditor(SignedInUser user) {
        return user.isAdmin() || user.has(Role.KB_EDITOR);
    }

    public boolean mayEdit(SignedInUser user, Article article) {
        return user.isAdmin() || user.has(Role.KB_EDITOR)
                && user.office().filter(office -> office.value().equals(article.office().value())).isPresent();
    }

    void requireEdit(SignedInUser user, Article article) {
        if (!mayEdit(user, article)) {
            throw new AccessDeniedException(user.getUsername() + " may not edit article " + article.id()
                    + " of office " + article.office());
        }
    }
}
