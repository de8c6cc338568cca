package pl.infolinia.telephony.testkit;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands out loopback ports free on both UDP and TCP, from a range kept for these tests. */
public final class FreePorts {

    private static final int FIRST = 25060;
    private static final int LAST = 25299;
    private static final AtomicInteger next = new AtomicInteger(FIRST + (int) (ProcessHandle.current().pid() % 40) * 5);

    private FreePorts() {
    }

    public static int next() {
        for (int attempt = 0; attempt <= LAST - FIRST; attempt++) {
            int port = FIRST + Math.floorMod(next.getAndIncrement() - FIRST, LAST - FIRST + 1);
            if (free(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + FIRST + "-" + LAST);
    }

    private static boolean free(int port) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, port));
             ServerSocket tcp = new ServerSocket(port, 1, loopback)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
