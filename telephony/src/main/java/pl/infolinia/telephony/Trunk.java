package pl.infolinia.telephony;

import java.util.List;
import java.util.Optional;

/**
 * A SIP trunk: a carrier's or a PBX's peer, recognised by the addresses its requests come from
 * and/or by a digest account, with the numbers it may use.
 *
 * <p>An INVITE from a trunk is taken only for a number in {@link #inbound()}; a trunk with both
 * addresses and an account must satisfy both, and one with neither is used only to dial out. A number is dialled out through the trunk only if
 * it is in {@link #outbound()}, at {@link #uri()} with {@code {number}} replaced, answering the
 * trunk's digest challenge with the account.
 *
 * @param name      shown in logs, e.g. "operator"
 * @param addresses where the trunk's requests come from; empty: any address that has the account
 * @param account   the digest account the trunk authenticates with, and we answer its challenges with
 * @param inbound   the called numbers the trunk may reach here
 * @param outbound  the numbers Infolinia may dial through it
 * @param uri       where outbound calls go, e.g. {@code sip:{number}@203.0.113.5:5060}; empty: inbound only
 */
public record Trunk(String name, List<AddressBlock> addresses, Optional<Account> account, NumberPatterns inbound,
                    NumberPatterns outbound, Optional<String> uri) {

    public Trunk {
        addresses = List.copyOf(addresses);
        if (!inbound.isEmpty() && addresses.isEmpty() && account.isEmpty()) {
            throw new IllegalArgumentException("trunk " + name + " takes calls, so it needs addresses, an account,"
                    + " or both: otherwise anybody could call as the trunk");
        }
        if (uri.isPresent() && (!uri.get().startsWith("sip:") || !uri.get().contains("{number}"))) {
            throw new IllegalArgumentException("trunk " + name + ": the URI must be a sip: URI with {number},"
                    + " e.g. sip:{number}@203.0.113.5:5060; got " + uri.get());
        }
        if (!outbound.isEmpty() && uri.isEmpty()) {
            throw new IllegalArgumentException("trunk " + name + " has outbound numbers but no URI to dial them at");
        }
    }

    /** A digest account: user name and password (the password is never shown by {@link #toString()}). */
    public record Account(String user, String password) {

        public Account {
            if (user == null || user.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("a trunk account needs a user name and a password");
            }
        }

        @Override
        public String toString() {
            return "Account[" + user + "]";
        }
    }

    /** True if a request from this IP address may be the trunk's (any address if none are listed). */
    public boolean acceptsAddress(String address) {
        return addresses.isEmpty() || addresses.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The URI to dial {@code number} at, if it may be dialled through this trunk: a telephone
     * number (3 to 15 digits, optionally after '+', as E.164 allows) in its outbound numbers.
     * A name such as a consultant's never leaves through a trunk, whatever the patterns say.
     */
    public Optional<String> uriFor(String number) {
        return uri.filter(u -> number.matches("\\+?[0-9]{3,15}") && outbound.matches(number))
                .map(u -> u.replace("{number}", number));
    }
}
