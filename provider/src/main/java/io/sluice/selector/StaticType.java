package io.sluice.selector;

/** What is known of an expression's type before any message is seen; ANY for a property, known only per message. */
enum StaticType {
    BOOLEAN("a boolean"), NUMBER("a number"), STRING("a string"), ANY("of any type");

    private final String description;

    StaticType(String description) {
        this.description = description;
    }

    /** True unless this type is known and differs from {@code expected}. */
    boolean mayBe(StaticType expected) {
        return this == ANY || this == expected;
    }

    @Override
    public String toString() {
        return description;
    }
}
