package pl.infolinia.server.ivr;

/** A flow file longer than any hotline's flow needs: refused before it is parsed. */
final class FlowTooLarge extends RuntimeException {

    FlowTooLarge(int bytes) {
        super("a flow file is at most " + FlowPublisher.MAX_BYTES / 1024 + " KB; this one is " + bytes / 1024 + " KB");
    }
}
