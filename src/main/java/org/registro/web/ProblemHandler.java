package org.registro.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.registro.record.InvalidIdException;
import org.registro.record.InvalidRecordException;
import org.registro.record.RecordConflictException;
import org.registro.record.RecordNotFoundException;
import org.registro.record.ValidationFailedException;
import org.registro.validation.ProblemDescriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Maps every typed exception to RFC 9457 problem details, or to an HTML page when a browser asked,
 * or (for validation failures) to the {@code sh:ValidationReport} when the client asked for RDF.
 * Client errors are logged at info, server errors at error.
 */
@RestControllerAdvice
class ProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final ContentNegotiator negotiator;

	private final ProblemDescriber describer;

	private final ITemplateEngine templates;

	ProblemHandler(ContentNegotiator negotiator, ProblemDescriber describer, ITemplateEngine templates) {
		this.negotiator = negotiator;
		this.describer = describer;
		this.templates = templates;
	}

	@ExceptionHandler(BadRdfException.class)
	ResponseEntity<?> badRdf(BadRdfException ex, HttpServletRequest request) {
		ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemType.BAD_RDF, "The body is not valid RDF", ex.getMessage());
		if (ex.line() >= 0) {
			p.setProperty("line", ex.line());
			p.setProperty("column", ex.column());
		}
		return respond(p, request);
	}

	@ExceptionHandler(InvalidRecordException.class)
	ResponseEntity<?> invalidRecord(InvalidRecordException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.INVALID_RECORD, "The body cannot be this record", ex.getMessage()), request);
	}

	@ExceptionHandler(ValidationFailedException.class)
	ResponseEntity<?> validation(ValidationFailedException ex, HttpServletRequest request) {
		Representation r = negotiator.negotiate(request.getHeader(HttpHeaders.ACCEPT), ContentNegotiator.ERROR);
		if (r.isRdf()) {
			return ResponseEntity.unprocessableContent().contentType(r.mediaType()).body(ex.outcome().graph());
		}
		ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.VALIDATION, "The record does not conform to the shapes",
				"Nothing was stored. Fix the violations listed in 'errors' and send it again.");
		p.setProperty("errors", describer.describe(ex.outcome().report().getEntries(), LocaleContextHolder.getLocale()));
		return respond(p, request);
	}

	@ExceptionHandler({ RecordNotFoundException.class, NotFoundException.class })
	ResponseEntity<?> notFound(RuntimeException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "Not found", ex.getMessage()), request);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<?> forbidden(ForbiddenException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "Forbidden", ex.getMessage()), request);
	}

	@ExceptionHandler({ RecordConflictException.class, ConflictException.class })
	ResponseEntity<?> conflict(RuntimeException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.CONFLICT, ProblemType.CONFLICT, "Conflict", ex.getMessage()), request);
	}

	@ExceptionHandler(UnsupportedBodyTypeException.class)
	ResponseEntity<?> unsupported(UnsupportedBodyTypeException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", ex.getMessage()),
				request);
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<?> tooLarge(BodyTooLargeException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.TOO_LARGE, "Body too large", ex.getMessage()), request);
	}

	@ExceptionHandler(UnavailableException.class)
	ResponseEntity<?> unavailable(UnavailableException ex, HttpServletRequest request) {
		ResponseEntity<?> response = respond(
				problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE, "Not available yet", ex.getMessage()), request);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.headers(response.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(response.getBody());
	}

	@ExceptionHandler(NotAcceptableException.class)
	ResponseEntity<?> notAcceptable(NotAcceptableException ex) {
		ProblemDetail p = problem(HttpStatus.NOT_ACCEPTABLE, ProblemType.NOT_ACCEPTABLE, "Not acceptable",
				"This resource is available as " + String.join(", ", ex.offered().stream().map((o) -> o.mediaType().toString()).toList()));
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

	@ExceptionHandler({ InvalidIdException.class, BadRequestException.class, MissingServletRequestParameterException.class,
			MethodArgumentTypeMismatchException.class })
	ResponseEntity<?> badRequest(Exception ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST, "Bad request", ex.getMessage()), request);
	}

	/** Jackson's own message names Java types, so the detail stays generic. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<?> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST, "Bad request",
				"The body is not the JSON object this request expects"), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<?> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse er) {
			// Spring's own client errors (405, 404 for unmapped paths, ...) carry their problem details.
			ResponseEntity<?> response = respond(er.getBody(), request);
			return ResponseEntity.status(er.getStatusCode()).headers(er.getHeaders()).headers(response.getHeaders()).body(response.getBody());
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.SERVER_ERROR, "Server error",
				"The registry could not complete the request; nothing was changed."), request);
	}

	static ProblemDetail problem(HttpStatusCode status, java.net.URI type, String title, String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setType(type);
		p.setTitle(title);
		return p;
	}

	ResponseEntity<?> respond(ProblemDetail p, HttpServletRequest request) {
		if (p.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			// Expected and temporary (start-up, full query queue): the client is told when to retry.
			log.warn("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), p.getStatus(), p.getDetail());
		}
		else if (p.getStatus() >= 500) {
			log.error("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), p.getStatus(), p.getDetail());
		}
		else {
			log.info("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), p.getStatus(), p.getDetail());
		}
		p.setInstance(java.net.URI.create(request.getRequestURI()));
		Representation r;
		try {
			r = negotiator.negotiate(request.getHeader(HttpHeaders.ACCEPT), List.of(Representation.PROBLEM, Representation.HTML));
		}
		catch (NotAcceptableException ex) {
			r = Representation.PROBLEM;
		}
		if (r.isHtml()) {
			Locale locale = LocaleContextHolder.getLocale();
			String html = templates.process("problem", new Context(locale, Map.of("problem", p, "lang", locale.getLanguage())));
			return ResponseEntity.status(p.getStatus()).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
		}
		return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

}
