package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

/** A message whose body is a String (null by default). */
public class SluiceTextMessage extends SluiceMessage implements TextMessage {
    private String text;

    public SluiceTextMessage() {
    }

    public SluiceTextMessage(String text) {
        this.text = text;
    }

    @Override
    public MessageType type() {
        return MessageType.TEXT;
    }

    @Override
    public void setText(String text) throws JMSException {
        requireWritableBody();
        this.text = text;
    }

    @Override
    public String getText() {
        return text;
    }

    @Override
    void clearBodyContent() {
        text = null;
    }

    @Override
    Object bodyForGetBody() {
        return text;
    }

    @Override
    void copyBodyTo(SluiceMessage target) {
        ((SluiceTextMessage) target).text = text;
    }

    @Override
    int encodedBodySizeHint() {
        return text == null ? 1 : text.length() + 5;
    }

    @Override
    void writeBody(PayloadWriter out) {
        out.writeNullableString(text);
    }

    @Override
    void readBody(PayloadReader in) {
        text = in.readNullableString("text body");
    }
}
