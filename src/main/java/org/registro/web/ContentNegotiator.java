package org.registro.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a response will be. An explicit URI suffix wins over the
 * Accept header; otherwise each offer gets the quality of the most specific Accept range that
 * matches it (RFC 9110 §12.5.1) and the best offer wins, ties going to the server's order. No Accept
 * header means the first offer.
 */
@Component
public class ContentNegotiator {

	/** What a resource page offers: HTML first, so browsers and plain {@code *}/{@code *} get the page. */
	public static final List<Representation> PAGE = List.of(Representation.HTML, Representation.of(RdfFormat.TURTLE),
			Representation.of(RdfFormat.JSONLD), Representation.of(RdfFormat.RDFXML), Representation.of(RdfFormat.NTRIPLES));

	/** What an API error offers: problem details, or the same content as RDF for RDF clients. */
	public static final List<Representation> ERROR = List.of(Representation.PROBLEM, Representation.HTML,
			Representation.of(RdfFormat.TURTLE), Representation.of(RdfFormat.JSONLD), Representation.of(RdfFormat.RDFXML),
			Representation.of(RdfFormat.NTRIPLES));

	public Representation negotiate(HttpServletRequest request, String suffix, List<Representation> offers) {
		if (suffix != null) {
			return RdfFormat.fromSuffix(suffix)
				.map(Representation::of)
				.filter(offers::contains)
				.orElseThrow(() -> new NotAcceptableException(offers));
		}
		return negotiate(request.getHeader(HttpHeaders.ACCEPT), offers);
	}

	public Representation negotiate(String accept, List<Representation> offers) {
		if (accept == null || accept.isBlank()) {
			return offers.get(0);
		}
		List<MediaType> ranges;
		try {
			ranges = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return offers.get(0);
		}
		Representation best = null;
		double bestQuality = 0;
		for (Representation offer : offers) {
			double q = quality(offer.mediaType(), ranges);
			if (q > bestQuality) {
				best = offer;
				bestQuality = q;
			}
		}
		if (best == null) {
			throw new NotAcceptableException(offers);
		}
		return best;
	}

	/** The q-value of the most specific range including the type; 0 when none does. */
	private static double quality(MediaType type, List<MediaType> ranges) {
		MediaType match = null;
		for (MediaType range : ranges) {
			if (range.includes(type) && (match == null || specificity(range) > specificity(match))) {
				match = range;
			}
		}
		return match == null ? 0 : match.getQualityValue();
	}

	private static int specificity(MediaType range) {
		if (range.isWildcardType()) {
			return 0;
		}
		return range.isWildcardSubtype() ? 1 : 2;
	}

}
