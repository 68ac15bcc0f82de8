package org.registro.harvest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;

import org.registro.support.RegistryTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The harvest API as a coordinator's script uses it: add a source, run it, wait for the report. */
final class HarvestClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final MockMvc mvc;

	HarvestClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	MvcResult call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + RegistryTest.TOKEN)).andReturn();
	}

	JsonNode json(MvcResult r) throws Exception {
		return JSON.readTree(r.getResponse().getContentAsString());
	}

	/** Creates a source; the answer must be 201. */
	String create(String body) throws Exception {
		MvcResult r = call(post("/api/v1/harvest/sources").contentType(MediaType.APPLICATION_JSON).content(body));
		if (r.getResponse().getStatus() != 201) {
			throw new AssertionError("create answered " + r.getResponse().getStatus() + ": " + r.getResponse().getContentAsString());
		}
		return json(r).get("id").stringValue();
	}

	/** Starts a run and waits for it to end; the job as the API reports it. */
	JsonNode run(String sourceId) throws Exception {
		MvcResult r = call(post("/api/v1/harvest/sources/" + sourceId + "/jobs"));
		if (r.getResponse().getStatus() != 202) {
			throw new AssertionError("start answered " + r.getResponse().getStatus() + ": " + r.getResponse().getContentAsString());
		}
		return await(json(r).get("id").stringValue());
	}

	JsonNode await(String jobId) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = json(call(get("/api/v1/harvest/jobs/" + jobId)));
			String status = job.get("status").stringValue();
			if (status.equals("finished") || status.equals("failed")) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("job " + jobId + " did not end");
	}

	JsonNode entries(String jobId, String outcome) throws Exception {
		return json(call(get("/api/v1/harvest/jobs/" + jobId + "/entries").param("outcome", outcome).param("size", "1000")));
	}

}
