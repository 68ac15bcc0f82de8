package org.registro.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers 401 and 403 as problem details, with the {@code WWW-Authenticate} challenge of RFC 6750. */
final class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemEntryPoint.class);

	private static final String BASE = "https://w3id.org/registro/problems/";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) throws IOException {
		reject(request, response, null, "This request needs 'Authorization: Bearer <token>'");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) throws IOException {
		write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden", "The token does not allow this action");
	}

	void reject(HttpServletRequest request, HttpServletResponse response, String error, String detail) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, error == null ? "Bearer realm=\"registro\"" : "Bearer realm=\"registro\", error=\"" + error + "\"");
		write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
			String detail) throws IOException {
		log.info("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), status, detail);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// Fixed strings only, so building the JSON by hand cannot inject anything.
		response.getWriter()
			.write("{\"type\":\"" + BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
					+ "\"}");
	}

}
