package com.code2asin.images.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostPolicyTest {

    /** A DNS of our own: no test depends on the network. */
    private static final Map<String, String> DNS = Map.of(
            "m.media-amazon.com", "18.66.2.10",
            "rebound.media-amazon.com", "10.0.0.7",
            "metadata.example.com", "169.254.169.254",
            "cgnat.example.com", "100.64.1.1",
            "ula.example.com", "fd00::1",
            "localhost", "127.0.0.1");

    private final HostPolicy policy = new HostPolicy(
            List.of("m.media-amazon.com", "rebound.media-amazon.com", "metadata.example.com", "cgnat.example.com",
                    "ula.example.com", "127.0.0.1", "localhost", "M.Example.ORG."),
            HostPolicyTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String ip = DNS.get(host);
        if (ip == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(ip)};
    }

    private String reason(String url) {
        return assertThrows(ImageRejectedException.class, () -> policy.check(URI.create(url))).getMessage();
    }

    @Test
    void allowsHttpsAndHttpOnListedPublicHost() {
        assertDoesNotThrow(() -> policy.check(URI.create("https://m.media-amazon.com/images/I/71abc.jpg")));
        assertDoesNotThrow(() -> policy.check(URI.create("http://M.MEDIA-AMAZON.COM./images/I/71abc.jpg")));
    }

    @Test
    void refusesOtherSchemes() {
        assertTrue(reason("ftp://m.media-amazon.com/a.jpg").contains("only http and https"));
        assertTrue(reason("file:///etc/passwd").contains("only http and https"));
    }

    @Test
    void refusesHostsNotListed() {
        assertTrue(reason("https://evil.example.net/a.jpg").contains("not in image-fetcher.allowed-hosts"));
        assertTrue(reason("https://media-amazon.com.evil.net/a.jpg").contains("not in image-fetcher.allowed-hosts"));
        assertTrue(reason("http://10.0.0.7/a.jpg").contains("not in image-fetcher.allowed-hosts"));
    }

    @Test
    void refusesCredentialsInUrl() {
        assertTrue(reason("https://user:pw@m.media-amazon.com/a.jpg").contains("credentials"));
    }

    @Test
    void refusesListedNameResolvingToNonPublicAddress() {
        assertTrue(reason("https://rebound.media-amazon.com/a.jpg").contains("non-public address 10.0.0.7"));
        assertTrue(reason("http://metadata.example.com/latest/").contains("169.254.169.254"));
        assertTrue(reason("http://cgnat.example.com/a.jpg").contains("100.64.1.1"));
        assertTrue(reason("http://ula.example.com/a.jpg").contains("non-public address"));
    }

    @Test
    void allowsLocalTargetsOnlyWhenListedExplicitly() {
        assertDoesNotThrow(() -> policy.check(URI.create("http://127.0.0.1:8089/images/I/a.jpg")));
        assertDoesNotThrow(() -> policy.check(URI.create("http://localhost:8089/images/I/a.jpg")));
        assertTrue(reason("http://127.0.0.2:8089/a.jpg").contains("not in image-fetcher.allowed-hosts"));
        assertTrue(reason("http://[::1]:8089/a.jpg").contains("not in image-fetcher.allowed-hosts"));
    }

    @Test
    void returnsTheAddressesItCheckedForTheDownloadToConnectTo() throws Exception {
        assertEquals(List.of(InetAddress.getByName("18.66.2.10")),
                policy.check(URI.create("https://m.media-amazon.com/images/I/71abc.jpg")));
        List<InetAddress> loopback = List.of(InetAddress.getByName("127.0.0.1"));
        assertEquals(loopback, policy.check(URI.create("http://localhost:8089/a.jpg")));
        // an IP literal is its own address: nothing is resolved (this resolver does not know it)
        assertEquals(loopback, policy.check(URI.create("http://127.0.0.1:8089/a.jpg")));
    }

    @Test
    void refusesUnresolvableHost() {
        assertTrue(reason("https://m.example.org/a.jpg").contains("does not resolve"));
    }

    @Test
    void classifiesAddresses() throws Exception {
        assertTrue(HostPolicy.isPublic(InetAddress.getByName("18.66.2.10")));
        assertTrue(HostPolicy.isPublic(InetAddress.getByName("2600:9000::1")));
        assertTrue(HostPolicy.isPublic(InetAddress.getByName("64:ff9b::1242:20a")), "NAT64 to a public IPv4");
        assertTrue(HostPolicy.isPublic(InetAddress.getByName("2002:1242:20a::1")), "6to4 of a public IPv4");
        for (String ip : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.100.0.1", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1",
                "64:ff9b::a00:1", "64:ff9b::7f00:1", "2002:a00:1::1", "2002:7f00:1::", "2001:0:4136:e378::1",
                "2001:db8::1")) {
            assertFalse(HostPolicy.isPublic(InetAddress.getByName(ip)), ip);
        }
    }
}
