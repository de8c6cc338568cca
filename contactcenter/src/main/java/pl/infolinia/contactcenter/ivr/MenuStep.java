package pl.infolinia.contactcenter.ivr;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One pass through a menu: prompt, wait for a key, explain a wrong key or silence, and offer the
 * menu again up to its repeat count before giving up to its failure node.
 */
final class MenuStep {

    private final IvrNode.Menu menu;
    private final Caller caller;
    private final BiConsumer<String, String> choiceMade;

    MenuStep(IvrNode.Menu menu, Caller caller, BiConsumer<String, String> choiceMade) {
        this.menu = menu;
        this.caller = caller;
        this.choiceMade = choiceMade;
    }

    /** The node to go to next; the menu itself if the caller hung up, so the flow ends there. */
    String run() {
        for (int attempt = 0; attempt <= menu.repeats(); attempt++) {
            caller.play(menu.prompt());
            Optional<Character> key = caller.readDigit(menu.timeout());
            if (!caller.isConnected()) {
                return menu.id();
            }
            if (key.isPresent() && menu.options().containsKey(key.get())) {
                choiceMade.accept(menu.id(), String.valueOf(key.get()));
                return menu.options().get(key.get());
            }
            Optional<String> explanation = key.isPresent() ? menu.invalid() : menu.noInput();
            explanation.ifPresent(caller::play);
        }
        return menu.failure();
    }
}
