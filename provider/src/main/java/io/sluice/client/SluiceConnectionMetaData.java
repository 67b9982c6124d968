package io.sluice.client;

import jakarta.jms.ConnectionMetaData;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** What this provider is and which optional JMSX properties it sets. */
final class SluiceConnectionMetaData implements ConnectionMetaData {

    static final SluiceConnectionMetaData INSTANCE = new SluiceConnectionMetaData();

    /** JMSXDeliveryCount is set on receive, JMSXUserID on send; the two group properties route messages. */
    static final List<String> JMSX_PROPERTIES = List.of("JMSXUserID", "JMSXDeliveryCount", "JMSXGroupID",
            "JMSXGroupSeq");

    private SluiceConnectionMetaData() {
    }

    @Override
    public String getJMSVersion() {
        return "3.1";
    }

    @Override
    public int getJMSMajorVersion() {
        return 3;
    }

    @Override
    public int getJMSMinorVersion() {
        return 1;
    }

    @Override
    public String getJMSProviderName() {
        return "Sluice";
    }

    @Override
    public String getProviderVersion() {
        return "0.1.0";
    }

    @Override
    public int getProviderMajorVersion() {
        return 0;
    }

    @Override
    public int getProviderMinorVersion() {
        return 1;
    }

    @Override
    public Enumeration<String> getJMSXPropertyNames() {
        return Collections.enumeration(JMSX_PROPERTIES);
    }
}
