package org.registro.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.registro.outbound.OutboundException.Reason;

/** Which URLs may be fetched; every case is decided without a request (literals need no DNS either). */
class AddressRuleTest {

	private final AddressRule none = new AddressRule(List.of());

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/", "http://127.9.9.9:8080/x", "http://169.254.169.254/latest/meta-data/",
			"http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/", "http://100.64.0.1/",
			"http://0.0.0.0/", "http://0.1.2.3/", "http://224.0.0.1/", "http://255.255.255.255/", "http://[::1]/",
			"http://[::]/", "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[ff02::1]/",
			"http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/",
			"http://[2002:7f00:1::1]/", "http://[2002:a00:1::]/", "https://localhost/", "http://LOCALHOST:9/" })
	void localAddressesAreForbidden(String url) {
		assertReason(none, url, Reason.FORBIDDEN_ADDRESS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://8.8.8.8/", "https://1.1.1.1:8443/x?y", "http://[2001:4860:4860::8888]/",
			"http://172.32.0.1/", "http://100.128.0.1/", "http://[::ffff:8.8.8.8]/", "http://[2002:808:808::1]/" })
	void publicAddressesArePermitted(String url) {
		assertThatCode(() -> none.check(URI.create(url))).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://8.8.8.8/", "file:///etc/passwd", "gopher://8.8.8.8/", "/relative/path", "mailto:a@b.c",
			"http://user:secret@8.8.8.8/", "http://user@8.8.8.8/", "http:///no-host", "jar:http://8.8.8.8/x.jar!/" })
	void onlyAbsoluteHttpUrlsWithAHostAndNoUserInfo(String url) {
		assertReason(none, url, Reason.INVALID_URL);
	}

	@Test
	void allowedNetworksOpenOnlyWhatTheyCover() {
		AddressRule loopback = new AddressRule(List.of("127.0.0.0/8", "::1/128"));
		assertThatCode(() -> loopback.check(URI.create("http://127.0.0.1/"))).doesNotThrowAnyException();
		assertThatCode(() -> loopback.check(URI.create("http://127.200.0.1/"))).doesNotThrowAnyException();
		assertThatCode(() -> loopback.check(URI.create("http://[::1]/"))).doesNotThrowAnyException();
		assertThatCode(() -> loopback.check(URI.create("http://[::ffff:127.0.0.1]/"))).doesNotThrowAnyException();
		assertReason(loopback, "http://10.0.0.1/", Reason.FORBIDDEN_ADDRESS);
		assertReason(loopback, "http://169.254.169.254/", Reason.FORBIDDEN_ADDRESS);

		AddressRule one = new AddressRule(List.of("10.20.0.0/16", "fd00:1::/32"));
		assertThatCode(() -> one.check(URI.create("http://10.20.3.4/"))).doesNotThrowAnyException();
		assertThatCode(() -> one.check(URI.create("http://[fd00:1:ffff::1]/"))).doesNotThrowAnyException();
		assertReason(one, "http://10.21.0.1/", Reason.FORBIDDEN_ADDRESS);
		assertReason(one, "http://[fd00:2::1]/", Reason.FORBIDDEN_ADDRESS);
		assertReason(one, "http://127.0.0.1/", Reason.FORBIDDEN_ADDRESS);
	}

	@Test
	void aNameIsJudgedByEveryAddressItResolvesTo() throws Exception {
		InetAddress[] addresses = InetAddress.getAllByName("localhost");
		for (InetAddress address : addresses) {
			assertThat(none.permitted(address)).as(address.toString()).isFalse();
		}
		AddressRule loopback = new AddressRule(List.of("127.0.0.0/8", "::1/128"));
		assertThatCode(() -> loopback.check(URI.create("http://localhost/"))).doesNotThrowAnyException();
		if (Arrays.stream(addresses).anyMatch(a -> a.getAddress().length == 16)) {
			// One address outside the allowed networks is enough to refuse the name.
			assertReason(new AddressRule(List.of("127.0.0.0/8")), "http://localhost/", Reason.FORBIDDEN_ADDRESS);
		}
	}

	@Test
	void anUnknownHostIsSaidSo() {
		assertReason(none, "http://no-such-host.invalid/", Reason.UNKNOWN_HOST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.0/33", "::1/129", "example.com/8", "300.1.1.1/8", "10.0.0/8", "10.0.0.0/x", "", "fe80::zz/10" })
	void aBadRangeIsRefusedNamingIt(String range) {
		assertThatThrownBy(() -> new AddressRule(List.of("127.0.0.0/8", range))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("registry.outbound.allowed-networks")
			.hasMessageContaining("'" + range + "'");
	}

	@Test
	void rangesAreNormalised() {
		assertThat(Cidr.parse("10.1.2.3/8")).hasToString("10.0.0.0/8");
		assertThat(Cidr.parse("192.168.1.7")).hasToString("192.168.1.7/32");
		assertThat(Cidr.parse("fd00::1/8").prefix()).isEqualTo(8);
	}

	private static void assertReason(AddressRule rule, String url, Reason reason) {
		assertThatThrownBy(() -> rule.check(URI.create(url))).as(url)
			.isInstanceOfSatisfying(OutboundException.class, ex -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
