/*
 * The baseline for bench/run.sh: Jena's TDB2 bulk loader, in process, loading a file into a fresh
 * database. It is what the tdb2.tdbloader command does (phased loader on an empty database), without
 * the command's wrapper, which lives in jena-cmds, a module the registry does not depend on. Run with
 * the registry's own Jena jars, so both sides use the same Jena version:
 *
 *   java -cp 'lib/*' JenaBaseline.java --loc=DIR --out=result.properties [--loader=phased] FILE...
 *
 * Writes loader, seconds (startBulk to finishBulk, parsing included), quads and datasets (named
 * graphs under /dataset/) to --out.
 */

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

public class JenaBaseline {

	public static void main(String[] args) throws IOException {
		String loc = null;
		String out = null;
		String loaderName = "phased";
		List<String> files = new ArrayList<>();
		for (String a : args) {
			if (a.startsWith("--loc=")) {
				loc = a.substring(6);
			}
			else if (a.startsWith("--out=")) {
				out = a.substring(6);
			}
			else if (a.startsWith("--loader=")) {
				loaderName = a.substring(9);
			}
			else {
				files.add(a);
			}
		}
		if (loc == null || out == null || files.isEmpty()) {
			System.err.println("usage: JenaBaseline --loc=DIR --out=FILE [--loader=phased|parallel|sequential|basic] FILE...");
			System.exit(2);
		}
		DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loc);
		MonitorOutput quiet = (format, values) -> {
		};
		DataLoader loader = switch (loaderName) {
			case "phased" -> LoaderFactory.phasedLoader(dsg, quiet);
			case "parallel" -> LoaderFactory.parallelLoader(dsg, quiet);
			case "sequential" -> LoaderFactory.sequentialLoader(dsg, quiet);
			case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
			default -> throw new IllegalArgumentException("unknown loader " + loaderName);
		};
		long start = System.nanoTime();
		loader.startBulk();
		try {
			loader.load(files);
			loader.finishBulk();
		}
		catch (RuntimeException ex) {
			loader.finishException(ex);
			throw ex;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long datasets = Txn.calculateRead(dsg, () -> {
			long count = 0;
			for (var it = dsg.listGraphNodes(); it.hasNext();) {
				Node g = it.next();
				count += g.isURI() && g.getURI().contains("/dataset/") ? 1 : 0;
			}
			return count;
		});
		TDBInternal.expel(dsg);
		Files.writeString(Path.of(out), String.format(Locale.ROOT, "loader=%s%nseconds=%.3f%nquads=%d%ndatasets=%d%n", loaderName, seconds,
				loader.countQuads(), datasets));
	}

}
