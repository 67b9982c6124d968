package io.sluice.ra;

import io.sluice.client.ConnectionUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Connection URLs as the adapter composes them from its configuration properties. */
final class BrokerUrl {

    private BrokerUrl() {
    }

    /**
     * The URL with {@code name=value} added, unless the URL already sets that option (an explicit
     * option in the URL wins over the adapter's separate property).
     *
     * @throws IllegalArgumentException when the URL is malformed
     */
    static String withOption(String url, String name, String value) {
        ConnectionUrl parsed = ConnectionUrl.parse(url);
        if (value == null || parsed.option(name) != null) {
            return url;
        }
        String separator = url.indexOf('?') < 0 ? "?" : "&";
        return url + separator + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The name of the embedded broker a vm:// URL designates, or null for a remote one. */
    static String embeddedBrokerName(String url) {
        ConnectionUrl parsed = ConnectionUrl.parse(url);
        return parsed.inVm() ? parsed.authority() : null;
    }
}
