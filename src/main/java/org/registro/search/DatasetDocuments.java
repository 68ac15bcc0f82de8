package org.registro.search;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Turns a dataset's facts into its Lucene document. */
public final class DatasetDocuments {

	/** Stored: the record's location. */
	static final String IRI = "iri";

	/** Stored: the dataset's IRI (a harvested dataset keeps its source's). */
	static final String SUBJECT = "subject";

	private DatasetDocuments() {
	}

	/** CKAN's {@code id}: a name-based UUID of the IRI, so it never changes and needs no storage. */
	public static String uuid(String iri) {
		return UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString();
	}

	static Document of(DatasetFacts facts) {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.NAME, facts.name(), Field.Store.YES));
		doc.add(new SortedDocValuesField(IndexFields.NAME, new BytesRef(facts.name())));
		String id = uuid(facts.iri());
		doc.add(new StringField(IndexFields.ID, id, Field.Store.NO));
		doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(id)));
		doc.add(new StoredField(IRI, facts.iri()));
		doc.add(new StoredField(SUBJECT, facts.subject()));
		doc.add(new StringField(IndexFields.STATE, facts.withdrawn() ? IndexFields.DELETED : IndexFields.ACTIVE, Field.Store.YES));
		doc.add(new LongField(IndexFields.MODIFIED, facts.modified().toEpochMilli(), Field.Store.YES));
		doc.add(new LongField(IndexFields.CREATED, facts.created().toEpochMilli(), Field.Store.NO));
		if (facts.publisher() != null) {
			doc.add(new StringField(IndexFields.PUBLISHER, facts.publisher(), Field.Store.NO));
			keyword(doc, IndexFields.ORGANIZATION, IndexFields.code(facts.publisher()));
		}
		facts.themes().forEach((t) -> {
			doc.add(new StringField(IndexFields.THEME, t, Field.Store.NO));
			keyword(doc, IndexFields.GROUPS, IndexFields.group(t));
		});
		facts.keywords().forEach((k) -> {
			keyword(doc, IndexFields.TAGS, k);
			doc.add(new StringField(IndexFields.KEYWORD, k.toLowerCase(Locale.ROOT), Field.Store.NO));
			doc.add(new TextField(IndexFields.TEXT, k, Field.Store.NO));
		});
		facts.formats().forEach((f) -> {
			doc.add(new StringField(IndexFields.FORMAT, f, Field.Store.NO));
			keyword(doc, IndexFields.RES_FORMAT, IndexFields.code(f));
		});
		facts.licenses().forEach((l) -> keyword(doc, IndexFields.LICENSE, l));
		facts.titles().values().forEach((t) -> {
			doc.add(new TextField(IndexFields.TITLE, t, Field.Store.NO));
			doc.add(new TextField(IndexFields.TEXT, t, Field.Store.NO));
		});
		facts.descriptions().values().forEach((d) -> {
			doc.add(new TextField(IndexFields.NOTES, d, Field.Store.NO));
			doc.add(new TextField(IndexFields.TEXT, d, Field.Store.NO));
		});
		doc.add(new SortedDocValuesField(IndexFields.TITLE_STRING, new BytesRef(facts.title("es").toLowerCase(Locale.ROOT))));
		return doc;
	}

	/** A whole value: matched exactly and counted as a facet. */
	private static void keyword(Document doc, String field, String value) {
		if (value == null) {
			return;
		}
		doc.add(new StringField(field, value, Field.Store.NO));
		doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
	}

}
