package org.registro.account;

/** Where an invitation's secret is redeemed. */
final class InvitationLinks {

	static final String PREFIX = "/account/invitation/";

	private InvitationLinks() {
	}

	static String path(String secret) {
		return PREFIX + secret;
	}

}
