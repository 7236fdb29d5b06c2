package com.code2asin.images.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which image URLs may be fetched: http or https, a host listed in {@code image-fetcher.allowed-hosts}, and a host
 * that resolves to public addresses only. A host written as an IP literal or a single-label name ({@code localhost},
 * a cluster service) can only mean a deliberate local target, so listing it allows its private address; a dotted
 * name such as {@code m.media-amazon.com} must stay public, which stops a poisoned or rebound DNS answer from
 * turning the fetcher against internal services.
 */
public final class HostPolicy {

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public HostPolicy(Collection<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(HostPolicy::normalize).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /**
     * The addresses the URL's host was found at, all of them checked: the download must connect to one of these and
     * never resolve the name again (a second answer could be a rebound, private one). Or says why the URL is refused.
     */
    public List<InetAddress> check(URI uri) throws ImageRejectedException {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new ImageRejectedException("only http and https URLs are fetched, not " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new ImageRejectedException("URLs carrying credentials are not fetched");
        }
        String host = normalize(uri.getHost());
        if (host == null || host.isEmpty()) {
            throw new ImageRejectedException("URL has no host: " + uri);
        }
        if (!allowedHosts.contains(host)) {
            throw new ImageRejectedException("host " + host + " is not in image-fetcher.allowed-hosts");
        }
        if (isIpLiteral(host)) {
            return List.of(literal(host));
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = new InetAddress[0];
        }
        if (addresses.length == 0) {
            throw new ImageRejectedException("host " + host + " does not resolve");
        }
        boolean singleLabel = !host.contains("."); // localhost, a cluster service: a deliberate local target
        for (InetAddress address : addresses) {
            if (!singleLabel && !isPublic(address)) {
                throw new ImageRejectedException("host " + host + " resolves to the non-public address "
                        + address.getHostAddress());
            }
        }
        return List.of(addresses);
    }

    /**
     * False for loopback, private, link-local, carrier-grade NAT, multicast, reserved, unique-local, Teredo and
     * documentation addresses, and for NAT64 and 6to4 addresses that lead to a non-public IPv4 one.
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                      // "this" network
                    && !(first == 100 && (second & 0xc0) == 64)     // 100.64.0.0/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && b[2] == 0)  // 192.0.0.0/24 protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15 benchmarking
                    && first < 240;                                 // 240.0.0.0/4 reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublic(ipv4(b, 12));                       // 64:ff9b::/96 NAT64: the IPv4 it reaches
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return isPublic(ipv4(b, 2));                        // 2002::/16 6to4: the IPv4 it embeds
            }
            return (b[0] & 0xfe) != 0xfc                            // fc00::/7 unique local
                    && !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) // 2001::/32 Teredo tunnels
                    && !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8); // 2001:db8::/32 docs
        }
        return false;
    }

    private static InetAddress ipv4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    private static boolean isIpLiteral(String host) {
        return IPV4_LITERAL.matcher(host).matches() || host.contains(":");
    }

    /** The address an IP literal names; parsing a literal asks no name service. */
    private static InetAddress literal(String host) throws ImageRejectedException {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ImageRejectedException("host " + host + " is not a valid IP address");
        }
    }

    private static String normalize(String host) {
        if (host == null) {
            return null;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
