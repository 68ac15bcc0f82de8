package org.registro.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The query page's examples: {@code sparql/examples/NN-id.rq}, each opening with its title in
 * Spanish and English ({@code # es: …}, {@code # en: …}). They are parsed at start-up, so a broken
 * example stops the registry instead of confusing a researcher.
 */
@Component
public class ExampleQueries {

	/**
	 * @param id the file name without number and extension, used in {@code /sparql?example=id}
	 * @param titles the title per language tag
	 */
	public record Example(String id, Map<String, String> titles, String text) {

		public String title(String language) {
			return titles.getOrDefault(language, titles.get("es"));
		}

	}

	private final List<Example> examples;

	public ExampleQueries() {
		this.examples = load();
	}

	public List<Example> all() {
		return examples;
	}

	public Optional<Example> find(String id) {
		return examples.stream().filter((e) -> e.id().equals(id)).findFirst();
	}

	private static List<Example> load() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:sparql/examples/*.rq");
			return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).map(ExampleQueries::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Example read(Resource file) {
		String text;
		try (InputStream in = file.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		QueryFactory.create(text);
		Map<String, String> titles = new LinkedHashMap<>();
		text.lines().takeWhile((l) -> l.startsWith("#")).forEach((l) -> {
			String[] parts = l.substring(1).split(":", 2);
			if (parts.length == 2) {
				titles.put(parts[0].trim(), parts[1].trim());
			}
		});
		if (!titles.containsKey("es") || !titles.containsKey("en")) {
			throw new IllegalStateException("Example query " + file.getFilename() + " needs '# es:' and '# en:' title lines");
		}
		String id = file.getFilename().replaceFirst("^\\d+-", "").replaceFirst("\\.rq$", "");
		String body = text.lines().dropWhile((l) -> l.startsWith("#")).collect(Collectors.joining("\n")).strip() + "\n";
		return new Example(id, titles, body);
	}

}
