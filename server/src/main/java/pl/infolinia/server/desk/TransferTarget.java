package pl.infolinia.server.desk;

/**
 * One entry of the transfer directory: a queue of the hotline or an office with a phone line.
 *
 * @param address what the switchboard is asked to transfer to: {@code queue:praca} or {@code office:ZUS}
 * @param label   what the consultant reads: the queue's name, or the office's code and name
 * @param office  whether it is an office (attended transfer is possible only to an office)
 */
public record TransferTarget(String address, String label, boolean office) {
}
