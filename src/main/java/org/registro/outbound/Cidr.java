package org.registro.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}). An IPv4 network
 * never contains an IPv6 address, nor the reverse: IPv4-mapped IPv6 literals already come out of
 * {@link InetAddress} as IPv4 addresses, and other embeddings are unwrapped by {@link AddressRule}.
 */
record Cidr(byte[] network, int prefix) {

	/**
	 * @throws IllegalArgumentException when {@code text} is not an IP literal with an optional
	 * {@code /prefix} in range (never a host name: parsing must not touch DNS)
	 */
	static Cidr parse(String text) {
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
		byte[] bytes = literal(address, text);
		int prefix = bytes.length * 8;
		if (slash >= 0) {
			try {
				prefix = Integer.parseInt(trimmed.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw invalid(text, "the prefix length is not a number");
			}
			if (prefix < 0 || prefix > bytes.length * 8) {
				throw invalid(text, "the prefix length must be between 0 and " + bytes.length * 8);
			}
		}
		return new Cidr(mask(bytes, prefix), prefix);
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
	}

	@Override
	public String toString() {
		try {
			return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] literal(String address, String text) {
		if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			// Parsed here: InetAddress would look up an out-of-range dotted quad as a host name.
			String[] parts = address.split("\\.");
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int octet = Integer.parseInt(parts[i]);
				if (octet > 255) {
					throw invalid(text, "an IPv4 number is above 255");
				}
				bytes[i] = (byte) octet;
			}
			return bytes;
		}
		if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
			throw invalid(text, "not an IPv4 or IPv6 address");
		}
		try {
			// A literal with a colon is never looked up. An IPv4-mapped IPv6 literal comes back as IPv4.
			return InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException ex) {
			throw invalid(text, "not an IPv4 or IPv6 address");
		}
	}

	private static byte[] mask(byte[] bytes, int prefix) {
		byte[] masked = bytes.clone();
		for (int i = 0; i < masked.length; i++) {
			int keep = Math.clamp(prefix - i * 8L, 0, 8);
			masked[i] &= (byte) (0xff << (8 - keep));
		}
		return masked;
	}

	private static IllegalArgumentException invalid(String text, String why) {
		return new IllegalArgumentException("registry.outbound.allowed-networks: '" + text + "' is not a CIDR range (" + why + ")");
	}

}
