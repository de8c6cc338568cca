package pl.infolinia.telephony;

/**
 * What the engine does with an incoming call, written as plain blocking code.
 *
 * <p>Each call runs its script on its own virtual thread: {@code caller.answer()}, then
 * {@code caller.play(...).awaitFinished()}, then {@code caller.readDigit(...)}. When the script
 * returns, the engine hangs the channel up if the script did not.
 */
@FunctionalInterface
public interface CallScript {

    void run(Channel caller) throws Exception;
}
