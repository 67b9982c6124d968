package io.sluice.engine;

/** Decides which waiting message goes to which consumer: the difference between the consume modes. */
interface DispatchPolicy {
    void collect(DispatchRound round);

    /** The consumer left: forget what was tied to it. */
    void forget(Consumer consumer);

    static DispatchPolicy of(ConsumeMode mode) {
        return mode == ConsumeMode.ORDERED ? new OrderedDispatch() : new ConcurrentDispatch();
    }
}
