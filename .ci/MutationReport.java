import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints, per module, the mutants PIT made of the rule cores, how many the tests detected and the score, from each
 * module's {@code target/pit-reports/mutations.xml} (ADR 0049). PIT itself fails the build below the threshold;
 * this only makes the figures visible at the end of the CI log, next to the test counts.
 *
 * <p>Run as {@code java .ci/MutationReport.java} from the repository root after {@code ./mvnw -Pmutation verify}.
 */
public class MutationReport {

    private static final Pattern MUTATION = Pattern.compile("<mutation\\s[^>]*?detected=['\"](true|false)['\"]");

    public static void main(String[] args) throws IOException {
        List<Path> reports;
        try (Stream<Path> modules = Files.list(Path.of("."))) {
            reports = modules.map(m -> m.resolve("target/pit-reports/mutations.xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        if (reports.isEmpty()) {
            System.out.println("MUTATION: no PIT reports found");
            System.exit(1);
        }
        for (Path report : reports) {
            Matcher m = MUTATION.matcher(Files.readString(report));
            int mutants = 0;
            int detected = 0;
            while (m.find()) {
                mutants++;
                if (m.group(1).equals("true")) detected++;
            }
            String module = report.getParent().getParent().getParent().getFileName().toString();
            System.out.printf(
                    "MUTATION: %-16s %4d mutants, %4d detected, score %d %%%n",
                    module, mutants, detected, mutants == 0 ? 100 : Math.floorDiv(100 * detected, mutants));
        }
    }
}
