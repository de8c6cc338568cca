package pl.infolinia.contactcenter.ivr;

import java.util.Optional;

/** Reads a number the caller types, e.g. a PESEL: up to the node's maximum, ended by '#' or a pause. */
final class DigitCollector {

    private final IvrNode.CollectDigits node;
    private final Caller caller;

    DigitCollector(IvrNode.CollectDigits node, Caller caller) {
        this.node = node;
        this.caller = caller;
    }

    String run() {
        caller.play(node.prompt());
        StringBuilder digits = new StringBuilder();
        while (digits.length() < node.maxDigits()) {
            Optional<Character> key = caller.readDigit(node.timeout());
            if (key.isEmpty() || key.get() == '#') {
                break;
            }
            digits.append(key.get());
        }
        return digits.toString();
    }
}
