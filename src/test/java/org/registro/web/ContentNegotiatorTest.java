package org.registro.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContentNegotiatorTest {

	private final ContentNegotiator negotiator = new ContentNegotiator();

	@ParameterizedTest(name = "Accept: {0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
			"*/* | text/html",
			"text/turtle | text/turtle",
			"application/ld+json | application/ld+json",
			"application/rdf+xml | application/rdf+xml",
			"application/n-triples | application/n-triples",
			"text/turtle;q=0.5, application/ld+json | application/ld+json",
			"text/*;q=0.9, text/html;q=0.1 | text/turtle",
			"application/*, text/html;q=0.2 | application/ld+json",
			"text/html;q=0, */* | text/turtle",
			"application/n-triples;q=0.9, text/turtle;q=0.9 | text/turtle" })
	void picksTheBestOfferByQualityThenServerOrder(String accept, String expected) {
		assertThat(negotiator.negotiate(accept, ContentNegotiator.PAGE).mediaType().toString()).isEqualTo(expected);
	}

	@Test
	void noAcceptHeaderGivesTheFirstOffer() {
		assertThat(negotiator.negotiate((String) null, ContentNegotiator.PAGE)).isEqualTo(Representation.HTML);
	}

	@Test
	void nothingAcceptableIsRefused() {
		assertThatThrownBy(() -> negotiator.negotiate("image/png", ContentNegotiator.PAGE)).isInstanceOf(NotAcceptableException.class);
		assertThatThrownBy(() -> negotiator.negotiate("text/turtle;q=0", ContentNegotiator.PAGE)).isInstanceOf(NotAcceptableException.class);
	}

}
