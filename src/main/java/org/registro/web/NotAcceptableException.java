package org.registro.web;

import java.util.List;

/** Nothing the resource offers fits the request's Accept header: 406. */
public class NotAcceptableException extends RuntimeException {

	private final List<Representation> offered;

	public NotAcceptableException(List<Representation> offered) {
		super("None of the offered media types is acceptable");
		this.offered = List.copyOf(offered);
	}

	public List<Representation> offered() {
		return offered;
	}

}
