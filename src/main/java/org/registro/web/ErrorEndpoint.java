package org.registro.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside any handler (a failed view, a filter) reach the servlet container's
 * {@code /error}; they get the same problem details or HTML page as every other error.
 */
@RestController
class ErrorEndpoint implements ErrorController {

	private final ProblemHandler problems;

	ErrorEndpoint(ProblemHandler problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ResponseEntity<?> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String detail = status.is5xxServerError() ? "The registry could not complete the request; nothing was changed." : status.getReasonPhrase();
		return problems.respond(ProblemHandler.problem(status, status.is5xxServerError() ? ProblemType.SERVER_ERROR : ProblemType.BAD_REQUEST,
				status.getReasonPhrase(), detail), request);
	}

}
