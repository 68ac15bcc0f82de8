package org.registro.crawl;

import org.registro.system.RegistryProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /robots.txt}: crawlers are welcome on the public pages and told where the sitemap is. The
 * people's pages (login, dashboards, accounts) hold nothing to index, the write API needs a token,
 * and SPARQL queries cost the server far more than a page, so crawlers are kept off them.
 */
@Controller
class RobotsController {

	private final String text;

	RobotsController(RegistryProperties properties) {
		this.text = String.join("\n", "User-agent: *", "Disallow: /manage", "Disallow: /account", "Disallow: /admin",
				"Disallow: /login", "Disallow: /api/v1/", "Disallow: /sparql?", "Allow: /", "",
				"Sitemap: " + properties.baseUri() + "/sitemap.xml", "");
	}

	@GetMapping("/robots.txt")
	@ResponseBody
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(text);
	}

}
