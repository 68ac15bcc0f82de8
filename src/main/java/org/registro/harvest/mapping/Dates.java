package org.registro.harvest.mapping;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Source dates as the literals DCAT-AP 3 allows: {@code xsd:date}, {@code xsd:dateTime},
 * {@code xsd:gYearMonth}, {@code xsd:gYear}. A date stays a date and a date-time a date-time;
 * a time zone is kept when given and none is added when absent. Anything else is no date.
 */
public final class Dates {

	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?");

	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private Dates() {
	}

	public static Optional<Node> literal(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip();
		if (DATE_TIME.matcher(v).matches()) {
			return typed(withSeconds(v.replace(' ', 'T')), XSDDatatype.XSDdateTime);
		}
		if (DATE.matcher(v).matches()) {
			return typed(v, XSDDatatype.XSDdate);
		}
		if (YEAR_MONTH.matcher(v).matches()) {
			return typed(v, XSDDatatype.XSDgYearMonth);
		}
		if (YEAR.matcher(v).matches()) {
			return typed(v, XSDDatatype.XSDgYear);
		}
		return Optional.empty();
	}

	/** xsd:dateTime needs seconds; "2017-05-10T20:11" means the start of that minute. */
	private static String withSeconds(String v) {
		return v.length() > 16 && v.charAt(16) == ':' ? v : v.substring(0, 16) + ":00" + v.substring(16);
	}

	private static Optional<Node> typed(String lexical, XSDDatatype type) {
		return type.isValid(lexical) ? Optional.of(NodeFactory.createLiteralDT(lexical, type)) : Optional.empty();
	}

}
