package io.sluice.client.transport.tcp;

import jakarta.jms.JMSException;

/** The {@code host:port} of a tcp:// URL; an IPv6 host is written in brackets, {@code [::1]:7676}. */
record TcpAddress(String host, int port) {

    static TcpAddress parse(String authority) throws JMSException {
        int colon = authority.lastIndexOf(':');
        if (colon <= 0 || colon == authority.length() - 1) {
            throw new JMSException("tcp://" + authority + " does not name host:port");
        }
        String host = authority.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new JMSException("tcp://" + authority + ": the port is not a number");
        }
        if (port < 1 || port > 65_535) {
            throw new JMSException("tcp://" + authority + ": the port must be between 1 and 65535");
        }
        return new TcpAddress(host, port);
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
