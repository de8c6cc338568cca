package pl.infolinia.server.user;

/**
 * A user's login name, also the user part of the agent's SIP account: {@code agent1}, {@code mc.supervisor}.
 */
public record Username(String value) {

    private static final String PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    public Username {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A user name is 2-64 lower-case letters, digits, '.', '_' or '-': " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
