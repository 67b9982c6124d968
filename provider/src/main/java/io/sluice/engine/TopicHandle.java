package io.sluice.engine;

/** A declared topic as seen by clients of the engine. */
public final class TopicHandle {
    private final TopicState state;

    TopicHandle(TopicState state) {
        this.state = state;
    }

    public String name() {
        return state.name();
    }

    public TopicOptions options() {
        return state.options();
    }

    public int queueCount() {
        return state.queueCount();
    }
}
