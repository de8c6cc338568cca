package pl.infolinia.telephony;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IP address or a block of them in CIDR notation ({@code 203.0.113.5},
 * {@code 203.0.113.0/28}), as a trunk's peer is recognised by where its requests come from.
 *
 * <p>Only literal addresses are accepted: a host name would make who is trusted depend on DNS.
 */
public record AddressBlock(InetAddress network, int prefixLength) {

    public AddressBlock {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix /" + prefixLength + " is out of range for " + network.getHostAddress());
        }
    }

    /** Reads {@code 203.0.113.5} or {@code 203.0.113.0/28}. */
    public static AddressBlock parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("not an IP address: '" + text + "' (write 203.0.113.5 or 203.0.113.0/28)");
        }
        InetAddress network;
        try {
            network = InetAddress.getByName(address); // a literal: no name lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + text + "'");
        }
        int bits = network.getAddress().length * 8;
        try {
            return new AddressBlock(network, slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a prefix length in '" + text + "'");
        }
    }

    /** True if {@code address} (an IP literal) lies in this block. */
    public boolean contains(String address) {
        InetAddress candidate;
        try {
            if (!address.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.%a-z0-9]*")) {
                return false;
            }
            candidate = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return false;
        }
        byte[] ours = network.getAddress();
        byte[] theirs = candidate.getAddress();
        if (ours.length != theirs.length) {
            return false;
        }
        int bits = ours.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefixLength).subtract(BigInteger.ONE));
        return new BigInteger(1, ours).and(mask).equals(new BigInteger(1, theirs).and(mask));
    }

    @Override
    public String toString() {
        return network.getHostAddress() + (prefixLength == network.getAddress().length * 8 ? "" : "/" + prefixLength);
    }
}
