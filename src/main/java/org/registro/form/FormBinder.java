package org.registro.form;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.registro.validation.Problem;
import org.springframework.stereotype.Component;

/**
 * Moves a form's values between a record graph, request parameters and validation results. The
 * parameter naming and what each field kind stores are described in {@code docs/forms.md}.
 */
@Component
public class FormBinder {

	/** The values of a record's form: each field's objects that fit its kind, nested items recursively. */
	public FormValues fromGraph(Graph record, Node subject, FormSpec spec) {
		return GraphReader.read(record, subject, spec);
	}

	/**
	 * The values a submitted form holds, with its {@code _add} / {@code _remove} buttons applied and
	 * its input errors ({@link FormValues#errors()}) found. Texts are kept exactly as typed.
	 */
	public FormValues fromParams(Map<String, String[]> params, FormSpec spec) {
		return new ParamReader(params).read(spec);
	}

	/** Whether the submission is an add/remove button (re-render the form, do not save). */
	public static boolean isEditAction(Map<String, String[]> params) {
		return params.containsKey(ParamReader.ADD) || params.containsKey(ParamReader.REMOVE);
	}

	/**
	 * The record graph: {@code original} with every triple the form manages replaced by the
	 * form's values, and every other triple kept. Blank or unusable inputs store nothing (their
	 * errors are in {@link FormValues#errors()}). New nested items are given IRIs under
	 * {@code subject}, also written into their values.
	 */
	public Graph toGraph(FormValues values, FormSpec spec, Node subject, Graph original) {
		return GraphWriter.write(values, spec, subject, original);
	}

	/** Validation results by the id of the field they concern ({@code title}, {@code distribution[0].accessURL}); "" for the rest. */
	public Map<String, List<Problem>> problemsByField(List<Problem> problems, FormValues values, Node subject) {
		return ProblemRouter.route(problems, values, subject);
	}

}
