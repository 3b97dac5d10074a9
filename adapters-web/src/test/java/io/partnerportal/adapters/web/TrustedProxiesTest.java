package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.adapters.web.ForwardedHeaders.Client;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CIDR list of PORTAL_TRUSTED_PROXIES and what the forwarding headers are believed to say. */
class TrustedProxiesTest {
    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7,2001:db8::/32");
    private static final ForwardedHeaders HEADERS = new ForwardedHeaders(PROXIES);

    @Test
    void rangesOfBothFamiliesAndSingleAddressesAreRead() {
        assertThat(PROXIES.trusts(IpAddresses.parse("10.200.3.4"))).isTrue();
        assertThat(PROXIES.trusts(IpAddresses.parse("11.0.0.1"))).isFalse();
        assertThat(PROXIES.trusts(IpAddresses.parse("192.168.1.7"))).isTrue();
        assertThat(PROXIES.trusts(IpAddresses.parse("192.168.1.8"))).isFalse();
        assertThat(PROXIES.trusts(IpAddresses.parse("2001:db8:ffff::1"))).isTrue();
        assertThat(PROXIES.trusts(IpAddresses.parse("[2001:db8::5]"))).isTrue();
        assertThat(PROXIES.trusts(IpAddresses.parse("2001:db9::1"))).isFalse();
        assertThat(PROXIES).hasToString("10.0.0.0/8,192.168.1.7/32,2001:db8:0:0:0:0:0:0/32");
        assertThat(TrustedProxies.parse("  ").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts(IpAddresses.parse("203.0.113.9"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0/8", "300.1.1.1", "proxy.example.com", "2001:db8::/129", "::1/-1",
            "10.0.0.0/8/8", "fe80::1%eth0/64", "[::1]/128", "10.0.0.0/"})
    void aBadEntryIsRefusedNamingIt(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1/32, " + entry))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + entry + "'");
    }

    @Test
    void fromAnUntrustedPeerEveryForwardingHeaderIsIgnored() {
        Client c = HEADERS.resolve("203.0.113.9", "http", List.of("for=198.51.100.1;proto=https"),
                List.of("198.51.100.2"), List.of("https"));

        assertThat(c).isEqualTo(new Client("203.0.113.9", "http", false));
    }

    @Test
    void fromATrustedPeerTheRightMostUntrustedHopIsTheClient() {
        Client c = HEADERS.resolve("10.0.0.1", "http", List.of(),
                List.of("6.6.6.6, 198.51.100.2", "192.168.1.7"), List.of("https"));

        assertThat(c).isEqualTo(new Client("198.51.100.2", "https", true));
    }

    @Test
    void forwardedWinsOverXForwardedForAndCarriesIpv6WithPortsAndTheSchemeOfItsHop() {
        Client c = HEADERS.resolve("[2001:db8::10]", "http",
                List.of("for=1.2.3.4;proto=http, for=\"[2001:db9:cafe::17]:4711\";proto=https",
                        "for=\"10.1.1.1:8080\";proto=http"),
                List.of("6.6.6.6"), List.of());

        assertThat(c.address()).isEqualTo("2001:db9:cafe:0:0:0:0:17");
        assertThat(c.scheme()).isEqualTo("https");
        assertThat(c.viaTrustedProxy()).isTrue();
    }

    @Test
    void anUnknownHopEndsTheWalkAtTheLastTrustedProxy() {
        assertThat(HEADERS.resolve("10.0.0.1", "http", List.of("for=unknown, for=10.9.9.9"), List.of(), List.of())
                .address()).isEqualTo("10.9.9.9");
        assertThat(HEADERS.resolve("10.0.0.1", "http", List.of(), List.of("not-an-address"), List.of())
                .address()).isEqualTo("10.0.0.1");
        assertThat(HEADERS.resolve("10.0.0.1", "https", List.of(), List.of(), List.of())).isEqualTo(
                new Client("10.0.0.1", "https", true));
    }

    @Test
    void onlyHttpAndHttpsAreBelievedAsSchemes() {
        assertThat(HEADERS.resolve("10.0.0.1", "http", List.of(), List.of("198.51.100.2"), List.of("javascript"))
                .scheme()).isEqualTo("http");
        assertThat(HEADERS.resolve("10.0.0.1", "http", List.of(), List.of("198.51.100.2, 10.0.0.2"),
                List.of("HTTPS, http")).scheme()).isEqualTo("https");
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        assertThat(IpAddresses.parse("localhost")).isNull();
        assertThat(IpAddresses.parse("abc")).isNull();
        assertThat(IpAddresses.parse("::1")).isNotNull();
        assertThat(IpAddresses.parse("127.0.0.1")).isNotNull();
    }
}
