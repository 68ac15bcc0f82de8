package org.registro.account;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** How a page shows a refused form: the message key next to its field, status 400, nothing changed. */
final class Forms {

	private Forms() {
	}

	static ModelAndView invalid(ModelAndView page, String field, String code) {
		page.addObject("errors", Map.of(field, code));
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	static ModelAndView invalid(ModelAndView page, AccountException ex) {
		return invalid(page, ex.field(), ex.code());
	}

}
