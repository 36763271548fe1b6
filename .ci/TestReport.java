import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every Surefire and Failsafe report of the build and prints, per module, the tests run, failed and skipped,
 * and each skipped test with its reason. Exits 1 when a test was skipped that the allow list does not name: in CI a
 * skipped test proves nothing. The allow list is every `Class` written in backquotes under the heading
 * "## Skipped where Docker is absent" of docs/testing.md (tests that need a Docker engine, which CI machines lack).
 *
 * <p>Run as {@code java .ci/TestReport.java docs/testing.md} from the repository root after {@code ./mvnw verify}.
 */
public class TestReport {

    private static final Pattern TESTCASE = Pattern.compile(
            "<testcase\\s[^>]*?name=\"([^\"]*)\"[^>]*?classname=\"([^\"]*)\"[^>]*?(/>|>(.*?)</testcase>)",
            Pattern.DOTALL);
    private static final Pattern TESTCASE_CLASS_FIRST = Pattern.compile(
            "<testcase\\s[^>]*?classname=\"([^\"]*)\"[^>]*?name=\"([^\"]*)\"[^>]*?(/>|>(.*?)</testcase>)",
            Pattern.DOTALL);
    private static final Pattern SKIPPED = Pattern.compile("<skipped(?:\\s+message=\"([^\"]*)\")?", Pattern.DOTALL);
    private static final Pattern FAILED = Pattern.compile("<(failure|error)[\\s>/]");

    record Case(String module, String className, String name, boolean skipped, boolean failed, String reason) {}

    public static void main(String[] args) throws IOException {
        List<String> allowed = allowedSkips(Path.of(args.length > 0 ? args[0] : "docs/testing.md"));
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("."), 5)) {
            for (Path report : files.filter(TestReport::isReport).toList()) {
                cases.addAll(read(report));
            }
        }
        Map<String, int[]> perModule = new TreeMap<>();
        List<Case> unexpected = new ArrayList<>();
        for (Case c : cases) {
            int[] counts = perModule.computeIfAbsent(c.module(), m -> new int[3]);
            counts[0]++;
            if (c.failed()) counts[1]++;
            if (c.skipped()) {
                counts[2]++;
                String simpleName = c.className().substring(c.className().lastIndexOf('.') + 1);
                boolean ok = allowed.contains(simpleName);
                System.out.printf("TESTS: skipped %s.%s (%s)%s%n", simpleName, c.name(), c.reason(),
                        ok ? " - allowed: needs a Docker engine" : " - NOT ALLOWED");
                if (!ok) unexpected.add(c);
            }
        }
        int run = 0, failed = 0, skipped = 0;
        for (var entry : perModule.entrySet()) {
            int[] c = entry.getValue();
            System.out.printf("TESTS: %-16s run %4d, failed %d, skipped %d%n", entry.getKey(), c[0], c[1], c[2]);
            run += c[0];
            failed += c[1];
            skipped += c[2];
        }
        System.out.printf("TESTS: total run %d, failed %d, skipped %d (%d not allowed)%n",
                run, failed, skipped, unexpected.size());
        if (run == 0) {
            System.out.println("TESTS: no test reports found");
            System.exit(1);
        }
        System.exit(unexpected.isEmpty() ? 0 : 1);
    }

    static boolean isReport(Path p) {
        String s = p.toString().replace('\\', '/');
        return (s.contains("/target/surefire-reports/") || s.contains("/target/failsafe-reports/"))
                && p.getFileName().toString().startsWith("TEST-")
                && s.endsWith(".xml");
    }

    static List<Case> read(Path report) throws IOException {
        String module = report.toString().replace('\\', '/').replaceFirst("^\\./", "").split("/")[0];
        String xml = Files.readString(report);
        List<Case> cases = new ArrayList<>();
        Matcher m = TESTCASE.matcher(xml);
        boolean nameFirst = true;
        if (!m.find()) {
            m = TESTCASE_CLASS_FIRST.matcher(xml);
            nameFirst = false;
            if (!m.find()) return cases;
        }
        do {
            String name = nameFirst ? m.group(1) : m.group(2);
            String className = nameFirst ? m.group(2) : m.group(1);
            String body = m.group(4) == null ? "" : m.group(4);
            Matcher skipped = SKIPPED.matcher(body);
            boolean isSkipped = skipped.find();
            String reason = isSkipped && skipped.group(1) != null ? unescape(skipped.group(1)) : "";
            cases.add(new Case(module, className, unescape(name), isSkipped, FAILED.matcher(body).find(), reason));
        } while (m.find());
        return cases;
    }

    static List<String> allowedSkips(Path testingDoc) throws IOException {
        List<String> allowed = new ArrayList<>();
        if (!Files.exists(testingDoc)) return allowed;
        boolean inSection = false;
        for (String line : Files.readAllLines(testingDoc)) {
            if (line.startsWith("## ")) inSection = line.startsWith("## Skipped where Docker is absent");
            else if (inSection) {
                Matcher m = Pattern.compile("`([A-Za-z0-9_]+)`").matcher(line);
                while (m.find()) allowed.add(m.group(1));
            }
        }
        return allowed;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
