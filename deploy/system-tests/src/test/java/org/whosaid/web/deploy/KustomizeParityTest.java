package org.whosaid.web.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests the deploy tests check are the manifests an operator applies: the test's own kustomize renderer
 * ({@link KustomizeRenderer}, used by {@link DeployManifestsTest} where no kubectl exists) and {@code kubectl
 * kustomize} render each overlay to the same objects, field for field. Skips, saying so, where kubectl is not
 * installed.
 */
class KustomizeParityTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void builtInRendererAgreesWithKubectlKustomize(String overlay) throws Exception {
        Path root = root();
        Path dir = root.resolve("deploy/overlays").resolve(overlay);
        String kubectl = kubectlOutput(dir);
        Assumptions.assumeTrue(kubectl != null, "kubectl is not installed here: parity with kubectl kustomize not checked");

        Map<String, JsonNode> theirs = new TreeMap<>();
        try (var parser = YAML.getFactory().createParser(kubectl)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode d = it.next();
                if (d != null && d.isObject() && d.size() > 0) theirs.put(key(d), normal(d));
            }
        }
        Map<String, JsonNode> ours = new TreeMap<>();
        for (Map<String, Object> d : new KustomizeRenderer().render(dir)) {
            JsonNode n = JSON.valueToTree(d);
            ours.put(key(n), normal(n));
        }
        assertEquals(theirs.keySet(), ours.keySet(), overlay + ": the same objects");
        List<String> differ = new ArrayList<>();
        for (String k : theirs.keySet()) {
            if (!theirs.get(k).equals(ours.get(k))) {
                differ.add(k + "\n  kubectl: " + theirs.get(k) + "\n  ours:    " + ours.get(k));
            }
        }
        assertTrue(differ.isEmpty(), overlay + ": objects that differ:\n" + String.join("\n", differ));
    }

    private static String key(JsonNode d) {
        return d.path("kind").asText() + "/" + d.path("metadata").path("namespace").asText("-") + "/"
                + d.path("metadata").path("name").asText();
    }

    /** Scalars compared as text: YAML writes 1 and '1' where JSON keeps a number and a string apart. */
    private static JsonNode normal(JsonNode n) {
        if (n.isObject()) {
            var o = JSON.createObjectNode();
            new TreeMap<String, JsonNode>() {{
                n.fields().forEachRemaining(e -> put(e.getKey(), e.getValue()));
            }}.forEach((k, v) -> o.set(k, normal(v)));
            return o;
        }
        if (n.isArray()) {
            var a = JSON.createArrayNode();
            n.forEach(x -> a.add(normal(x)));
            return a;
        }
        return n.isNull() ? n : JSON.getNodeFactory().textNode(n.asText());
    }

    /** kubectl kustomize's output, or null when kubectl cannot be run here. */
    private static String kubectlOutput(Path dir) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 120 s");
        }
        assertEquals(0, p.exitValue(), "kubectl kustomize " + dir + " failed: " + err);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Path root() {
        String prop = System.getProperty("whosaid.root");
        Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("deploy/overlays")) && p.getParent() != null) p = p.getParent(); // from deploy/system-tests: ../..
        return p.toAbsolutePath().normalize();
    }
}
