package org.registro.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.registro.outbound.OutboundException.Reason;

/**
 * Which URLs may be fetched: absolute {@code http}/{@code https} with a host and no user-info,
 * whose host resolves only to public addresses or to addresses inside an allowed network. A host
 * with one local address among public ones is refused: the client could connect to any of them.
 */
final class AddressRule {

	/** Never fetched unless allowed: local, private, shared, reserved, documentation and multicast ranges. */
	private static final List<Cidr> LOCAL = ranges("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
			"169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
			"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
			"100::/64", "2001::/32", "2001:db8::/32", "64:ff9b:1::/48", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

	/**
	 * IPv6 ranges that carry an IPv4 address in their last 32 bits (IPv4-compatible, NAT64), judged
	 * by that address. IPv4-mapped addresses ({@code ::ffff:0:0/96}) need no entry: InetAddress
	 * always gives them as the IPv4 address itself.
	 */
	private static final List<Cidr> EMBEDDING_LAST_32 = ranges("::/96", "64:ff9b::/96");

	/** 6to4: the IPv4 address is in bits 16 to 47. */
	private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

	private final List<Cidr> allowed;

	/** @throws IllegalArgumentException naming the first entry that is not a CIDR range */
	AddressRule(List<String> allowedNetworks) {
		this.allowed = allowedNetworks.stream().map(Cidr::parse).toList();
	}

	/** Checks the URL's form and every address its host resolves to. */
	void check(URI url) throws OutboundException {
		String host = hostOf(url);
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new OutboundException(Reason.UNKNOWN_HOST, url, 0, "The host " + host + " does not resolve", ex);
		}
		for (InetAddress address : addresses) {
			if (!permitted(address)) {
				throw new OutboundException(Reason.FORBIDDEN_ADDRESS, url, "The host " + host + " resolves to "
						+ address.getHostAddress() + ", a local or private address that registry.outbound.allowed-networks does not allow");
			}
		}
	}

	boolean permitted(InetAddress address) {
		if (allowed.stream().anyMatch(cidr -> cidr.contains(address))) {
			return true;
		}
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress() || LOCAL.stream().anyMatch(cidr -> cidr.contains(address))) {
			return false;
		}
		InetAddress embedded = embeddedIpv4(address);
		return embedded == null || permitted(embedded);
	}

	private static InetAddress embeddedIpv4(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (EMBEDDING_LAST_32.stream().anyMatch(cidr -> cidr.contains(address))) {
			return ipv4(Arrays.copyOfRange(bytes, 12, 16));
		}
		return SIX_TO_FOUR.contains(address) ? ipv4(Arrays.copyOfRange(bytes, 2, 6)) : null;
	}

	private static InetAddress ipv4(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hostOf(URI url) throws OutboundException {
		if (url == null || !url.isAbsolute() || url.isOpaque()) {
			throw new OutboundException(Reason.INVALID_URL, url, "Not an absolute http or https URL: " + url);
		}
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new OutboundException(Reason.INVALID_URL, url, "Only http and https URLs are fetched, not " + scheme);
		}
		if (url.getRawUserInfo() != null) {
			throw new OutboundException(Reason.INVALID_URL, url, "A URL with a user name or password is not fetched");
		}
		if (url.getHost() == null || url.getHost().isEmpty()) {
			throw new OutboundException(Reason.INVALID_URL, url, "The URL has no valid host: " + url);
		}
		return url.getHost();
	}

	private static List<Cidr> ranges(String... ranges) {
		return Arrays.stream(ranges).map(Cidr::parse).toList();
	}

}
