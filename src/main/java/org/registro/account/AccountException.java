package org.registro.account;

import org.registro.web.BadRequestException;

/**
 * A field of an account form or request is wrong: 400 through the API, an error next to the field
 * on a page. The message is the English detail; {@code code} is the message key of the page text.
 */
public class AccountException extends BadRequestException {

	private final String field;

	private final String code;

	AccountException(String field, String code, String message) {
		super(message);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

}
