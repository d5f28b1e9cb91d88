package org.whosaid.web.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders deploy/overlays/{local,production} with {@link KustomizeRenderer}, parses every manifest into typed
 * fabric8 objects and checks them against each service's application.properties (ports, health paths,
 * environment variables) and the security rules of docs/deploy.md. Plain JUnit: no Quarkus app is started.
 */
class DeployManifestsTest {

    static final List<String> SERVICES = List.of("web-ui", "ingest-service", "analysis-service");
    /** Variables the JVM or the image reads itself (not Quarkus configuration). */
    static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS");
    static final Set<String> OPERATOR_SECRETS = Set.of("whosaid-admin", "whosaid-ingest-db", "whosaid-analysis-db", "whosaid-web", "whosaid-oidc");

    static Path root;
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void findRoot() {
        String prop = System.getProperty("whosaid.root");
        Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("deploy/overlays")) && p.getParent() != null) {
            p = p.getParent(); // from deploy/system-tests: ../..
        }
        root = p.toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(root.resolve("deploy/overlays")), "deploy/overlays not found under " + root);
    }

    static final class Rendered {
        final String overlay;
        final List<HasMetadata> objects = new ArrayList<>();

        Rendered(String overlay) {
            this.overlay = overlay;
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
        }

        <T extends HasMetadata> T one(Class<T> type, String name) {
            List<T> found = all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).toList();
            assertEquals(1, found.size(), overlay + ": expected exactly one " + type.getSimpleName() + " " + name);
            return found.get(0);
        }

        <T extends HasMetadata> T maybe(Class<T> type, String name) {
            return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst().orElse(null);
        }
    }

    static Rendered render(String overlay) {
        Rendered r = new Rendered(overlay);
        for (Map<String, Object> doc : new KustomizeRenderer().render(root.resolve("deploy/overlays").resolve(overlay))) {
            String json;
            try {
                json = JSON.writeValueAsString(doc);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Object parsed = SERIALIZATION.unmarshal(json);
            String what = overlay + ": " + doc.get("kind") + "/" + KustomizeRenderer.name(doc);
            assertTrue(parsed instanceof HasMetadata, what + " is not a Kubernetes object");
            assertFalse(parsed instanceof GenericKubernetesResource,
                    what + " (apiVersion " + doc.get("apiVersion") + ") is not a known typed kind");
            List<String> unknown = new ArrayList<>();
            unknownFields(parsed, "", unknown, new IdentityHashMap<>());
            assertTrue(unknown.isEmpty(), what + " has fields the Kubernetes schema does not know (typos?): " + unknown);
            r.objects.add((HasMetadata) parsed);
        }
        return r;
    }

    /** Walks a fabric8 object graph and collects every field that landed in additionalProperties. */
    static void unknownFields(Object o, String path, List<String> out, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || seen.containsKey(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", out, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), out, seen);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        seen.put(o, true);
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object v;
            try {
                v = m.invoke(o);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    out.add(path + ":" + extra.keySet());
                }
            } else if (!(o instanceof IntOrString)) {
                unknownFields(v, path + "." + m.getName().substring(3), out, seen);
            }
        }
    }

    // ------------------------------------------------------------------ checks for both overlays

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void servicesMatchTheirApplicationProperties(String overlay) {
        Rendered r = render(overlay);
        Map<String, Set<String>> documented = documentedEnv();
        for (String module : SERVICES) {
            ServiceProperties props = new ServiceProperties(root, module);
            Deployment d = r.one(Deployment.class, module);
            Container c = container(d.getSpec().getTemplate(), module, overlay);
            Map<String, String> literalEnv = literalEnv(c, r);
            String where = overlay + "/" + module;

            // port: quarkus.http.port as the service resolves it with this container's environment
            int port = Integer.parseInt(props.resolve("quarkus.http.port", "8080", literalEnv));
            Integer containerPort = c.getPorts().stream().filter(p -> "http".equals(p.getName()))
                    .map(p -> p.getContainerPort()).findFirst().orElse(null);
            assertEquals(port, containerPort, where + ": container port 'http' must be quarkus.http.port");

            // probes on the Quarkus health endpoints, on that port
            String nonApp = "/" + trimSlashes(props.get("quarkus.http.non-application-root-path", "q"));
            String health = nonApp + "/" + trimSlashes(props.get("quarkus.smallrye-health.root-path", "health"));
            checkProbe(where + " startupProbe", c.getStartupProbe(), health + "/" + props.get("quarkus.smallrye-health.startup-path", "started"), c);
            checkProbe(where + " readinessProbe", c.getReadinessProbe(), health + "/" + props.get("quarkus.smallrye-health.readiness-path", "ready"), c);
            checkProbe(where + " livenessProbe", c.getLivenessProbe(), health + "/" + props.get("quarkus.smallrye-health.liveness-path", "live"), c);

            // every variable set is one the service reads
            Set<String> known = new LinkedHashSet<>(props.envReferences().keySet());
            known.addAll(documented.getOrDefault(module, Set.of()));
            for (EnvVar e : c.getEnv()) {
                String n = e.getName();
                assertTrue(known.contains(n) || props.mapsToKey(n) || JVM_ENV.contains(n),
                        where + ": env " + n + " is neither referenced in " + module
                                + "/src/main/resources/application.properties nor documented for it in docs/architecture.md");
            }
            Set<String> set = c.getEnv().stream().map(EnvVar::getName).collect(Collectors.toSet());
            // what a pod cannot do without: the datasource settings and every address whose default is localhost
            for (String n : props.envReferencesOfKeys("quarkus.datasource.")) {
                assertTrue(set.contains(n), where + ": the datasource reads " + n + " but the Deployment does not set it");
            }
            props.envReferences().forEach((n, def) -> {
                if (def != null && def.contains("localhost")) {
                    assertTrue(set.contains(n), where + ": " + n + " defaults to " + def + ", which is wrong in a pod; set it");
                }
            });
            EnvVar admin = c.getEnv().stream().filter(e -> e.getName().equals("WHOSAID_ADMIN_API_KEY")).findFirst().orElse(null);
            assertNotNull(admin, where + ": WHOSAID_ADMIN_API_KEY must be set (the same key for every service)");
            assertNotNull(admin.getValueFrom() != null ? admin.getValueFrom().getSecretKeyRef() : null,
                    where + ": WHOSAID_ADMIN_API_KEY must come from a Secret");
            for (EnvVar e : c.getEnv()) {
                if (e.getName().matches(".*(PASSWORD|KEY|SECRET|TOKEN).*")) {
                    assertNull(e.getValue(), where + ": " + e.getName() + " must come from a Secret, not a literal");
                    assertNotNull(e.getValueFrom().getSecretKeyRef(), where + ": " + e.getName() + " must come from a Secret");
                }
                if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = e.getValueFrom().getConfigMapKeyRef();
                    ConfigMap cm = r.one(ConfigMap.class, ref.getName());
                    assertTrue(cm.getData().containsKey(ref.getKey()), where + ": ConfigMap " + ref.getName() + " has no key " + ref.getKey());
                }
            }

            // the Service in front of it
            Service svc = r.one(Service.class, module);
            assertEquals(d.getSpec().getSelector().getMatchLabels(), svc.getSpec().getSelector(), where + ": Service selector");
            assertTrue(labelsMatch(svc.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()), where + ": Service selects the pods");
            ServicePort sp = svc.getSpec().getPorts().get(0);
            assertEquals(port, sp.getPort(), where + ": Service port");
            assertEquals(port, targetPort(sp.getTargetPort(), c), where + ": Service targetPort");

            // a PodDisruptionBudget for it
            PodDisruptionBudget pdb = r.one(PodDisruptionBudget.class, module);
            assertTrue(labelsMatch(pdb.getSpec().getSelector().getMatchLabels(), d.getSpec().getTemplate().getMetadata().getLabels()), where + ": PDB selects the pods");
            assertNotNull(pdb.getSpec().getMinAvailable() != null ? pdb.getSpec().getMinAvailable() : pdb.getSpec().getMaxUnavailable(), where + ": PDB budget");
        }
        // the URLs the services use to reach each other point at those Services and ports
        for (String module : SERVICES) {
            Container c = container(r.one(Deployment.class, module).getSpec().getTemplate(), module, overlay);
            Map<String, String> env = literalEnv(c, r);
            for (String[] target : new String[][] {{"WHOSAID_INGEST_URL", "ingest-service"}, {"WHOSAID_ANALYSIS_URL", "analysis-service"}}) {
                if (env.containsKey(target[0])) {
                    URI u = URI.create(env.get(target[0]));
                    Service s = r.one(Service.class, u.getHost());
                    assertEquals(target[1], s.getMetadata().getName(), overlay + "/" + module + ": " + target[0]);
                    assertEquals(s.getSpec().getPorts().get(0).getPort(), u.getPort(), overlay + "/" + module + ": port of " + target[0]);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyWorkloadRunsNonRootWithReadOnlyRootAndLimits(String overlay) {
        Rendered r = render(overlay);
        List<HasMetadata> workloads = new ArrayList<>(r.all(Deployment.class));
        workloads.addAll(r.all(StatefulSet.class));
        assertTrue(workloads.size() >= 3, overlay + ": the three services are deployed");
        for (HasMetadata w : workloads) {
            PodTemplateSpec t = w instanceof Deployment d ? d.getSpec().getTemplate() : ((StatefulSet) w).getSpec().getTemplate();
            PodSpec pod = t.getSpec();
            String where = overlay + "/" + w.getKind() + "/" + w.getMetadata().getName();
            PodSecurityContext psc = pod.getSecurityContext();
            assertFalse(Boolean.TRUE.equals(pod.getAutomountServiceAccountToken()), where + ": no service account token is needed");
            assertFalse(Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID()), where + ": no host namespaces");
            assertNotNull(psc, where + ": pod securityContext");
            assertEquals("RuntimeDefault", psc.getSeccompProfile() == null ? null : psc.getSeccompProfile().getType(), where + ": seccomp");
            Map<String, Volume> volumes = pod.getVolumes() == null ? Map.of()
                    : pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
            for (Container c : pod.getContainers()) {
                String cw = where + "/" + c.getName();
                SecurityContext sc = c.getSecurityContext();
                assertNotNull(sc, cw + ": container securityContext");
                boolean nonRoot = Boolean.TRUE.equals(sc.getRunAsNonRoot()) || Boolean.TRUE.equals(psc.getRunAsNonRoot());
                assertTrue(nonRoot, cw + ": runAsNonRoot");
                Long uid = sc.getRunAsUser() != null ? sc.getRunAsUser() : psc.getRunAsUser();
                assertTrue(uid == null || uid != 0L, cw + ": runAsUser must not be 0");
                assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), cw + ": readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), cw + ": allowPrivilegeEscalation");
                assertFalse(Boolean.TRUE.equals(sc.getPrivileged()), cw + ": privileged");
                assertTrue(sc.getCapabilities() != null && sc.getCapabilities().getDrop().contains("ALL"), cw + ": capabilities drop ALL");
                VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElse(null);
                assertNotNull(tmp, cw + ": /tmp must be a writable volume (the root filesystem is read-only)");
                assertNotNull(volumes.get(tmp.getName()) == null ? null : volumes.get(tmp.getName()).getEmptyDir(), cw + ": /tmp is an emptyDir");
                var res = c.getResources();
                for (String kind : List.of("cpu", "memory")) {
                    assertNotNull(res.getRequests().get(kind), cw + ": resources.requests." + kind);
                    assertNotNull(res.getLimits().get(kind), cw + ": resources.limits." + kind);
                }
                assertNotNull(c.getReadinessProbe(), cw + ": readinessProbe");
                assertNotNull(c.getLivenessProbe(), cw + ": livenessProbe");
                String image = c.getImage();
                String tag = image.contains("@") ? "digest" : image.substring(KustomizeRenderer.imageName(image).length());
                assertTrue(!tag.isEmpty() && !tag.equals(":latest"), cw + ": image " + image + " needs a fixed tag or digest");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void analysisScalesAndOnlyTheIngressIsOpenToTheOutside(String overlay) {
        Rendered r = render(overlay);
        HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class, "analysis-service");
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals("analysis-service", hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), overlay + ": HPA range");
        assertTrue(hpa.getSpec().getMetrics().stream().anyMatch(m -> m.getResource() != null && "cpu".equals(m.getResource().getName())), overlay + ": HPA on CPU");
        // the analysis Deployment's CPU request is what the HPA's utilisation is measured against
        Container ac = container(r.one(Deployment.class, "analysis-service").getSpec().getTemplate(), "analysis-service", overlay);
        assertNotNull(ac.getResources().getRequests().get("cpu"));

        // Ingress: web UI at /, the APIs only under /api (and the OpenAPI document); health and metrics stay inside
        List<Ingress> ingresses = r.all(Ingress.class);
        assertEquals(1, ingresses.size(), overlay + ": one Ingress");
        Ingress ing = ingresses.get(0);
        assertFalse(ing.getSpec().getTls() == null || ing.getSpec().getTls().isEmpty(), overlay + ": Ingress terminates TLS");
        Set<String> exposed = new LinkedHashSet<>();
        for (IngressRule rule : ing.getSpec().getRules()) {
            for (HTTPIngressPath p : rule.getHttp().getPaths()) {
                String svcName = p.getBackend().getService().getName();
                Service svc = r.one(Service.class, svcName);
                assertTrue(SERVICES.contains(svcName), overlay + ": Ingress exposes only the three services, not " + svcName);
                var port = p.getBackend().getService().getPort();
                assertTrue(svc.getSpec().getPorts().stream().anyMatch(sp -> Objects.equals(sp.getName(), port.getName())
                        || Objects.equals(sp.getPort(), port.getNumber())), overlay + ": Ingress port of " + svcName);
                if (!svcName.equals("web-ui")) {
                    assertTrue(p.getPath().equals("/api") || p.getPath().startsWith("/api/") || p.getPath().equals("/q/openapi"),
                            overlay + ": " + svcName + " exposes " + p.getPath() + " (only /api and /q/openapi may be public)");
                }
                exposed.add(svcName);
            }
        }
        assertEquals(Set.copyOf(SERVICES), exposed, overlay + ": the web UI and both APIs are reachable through the Ingress");

        // NetworkPolicies: default deny, then only the listed sources per pod
        List<NetworkPolicy> nps = r.all(NetworkPolicy.class);
        assertTrue(nps.stream().anyMatch(np -> selectsAll(np.getSpec().getPodSelector())
                        && np.getSpec().getPolicyTypes().contains("Ingress")
                        && (np.getSpec().getIngress() == null || np.getSpec().getIngress().isEmpty())),
                overlay + ": a default-deny ingress NetworkPolicy");
        Map<String, Map<String, String>> podLabels = new HashMap<>();
        r.all(Deployment.class).forEach(d -> podLabels.put(d.getMetadata().getName(), d.getSpec().getTemplate().getMetadata().getLabels()));
        r.all(StatefulSet.class).forEach(s -> podLabels.put(s.getMetadata().getName(), s.getSpec().getTemplate().getMetadata().getLabels()));
        for (var e : podLabels.entrySet()) {
            for (NetworkPolicyPeer peer : peersAllowedTo(nps, e.getValue())) {
                assertNull(peer.getIpBlock(), overlay + ": " + e.getKey() + " must not be open to an IP block");
                assertFalse(peer.getPodSelector() == null && peer.getNamespaceSelector() == null, overlay + ": " + e.getKey() + " open to everyone");
                if (peer.getNamespaceSelector() != null) {
                    assertTrue(SERVICES.contains(e.getKey()), overlay + ": only the three services accept traffic from the ingress controller, not " + e.getKey());
                    assertEquals(Map.of("kubernetes.io/metadata.name", "ingress-nginx"), peer.getNamespaceSelector().getMatchLabels(),
                            overlay + ": " + e.getKey() + ": other namespaces reach it only as the ingress controller");
                }
            }
        }
        // web-ui is reached from the ingress controller only
        for (NetworkPolicyPeer peer : peersAllowedTo(nps, podLabels.get("web-ui"))) {
            assertNotNull(peer.getNamespaceSelector(), overlay + ": web-ui accepts traffic from the ingress controller only");
        }
    }

    /** A database accepts connections from the one service that uses it (local: in-cluster PostgreSQL). */
    @Test
    void localDatabasesAreReachableFromTheirServiceOnly() {
        Rendered r = render("local");
        List<NetworkPolicy> nps = r.all(NetworkPolicy.class);
        Set<String> databases = new LinkedHashSet<>();
        for (String module : List.of("ingest-service", "analysis-service")) {
            Deployment d = r.one(Deployment.class, module);
            Container c = container(d.getSpec().getTemplate(), module, "local");
            Map<String, String> env = literalEnv(c, r);
            String url = env.entrySet().stream().filter(e -> e.getKey().matches("WHOSAID_.*DB_URL")).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError(module + ": no database URL"));
            String host = URI.create(url.substring("jdbc:".length())).getHost();
            Service dbService = r.one(Service.class, host);
            StatefulSet db = r.all(StatefulSet.class).stream()
                    .filter(s -> labelsMatch(dbService.getSpec().getSelector(), s.getSpec().getTemplate().getMetadata().getLabels()))
                    .findFirst().orElseThrow(() -> new AssertionError("local: " + host + " selects no StatefulSet"));
            assertTrue(databases.add(db.getMetadata().getName()), "local: each service has its own database");
            assertEquals(dbService.getSpec().getPorts().get(0).getPort(), URI.create(url.substring(5)).getPort(), module + ": database port");
            List<NetworkPolicyPeer> peers = peersAllowedTo(nps, db.getSpec().getTemplate().getMetadata().getLabels());
            assertFalse(peers.isEmpty(), "local: " + host + " must be reachable from " + module);
            for (NetworkPolicyPeer p : peers) {
                assertNull(p.getNamespaceSelector(), "local: " + host + " reachable from another namespace");
                assertNotNull(p.getPodSelector(), "local: " + host + " reachable from all pods");
                assertTrue(labelsMatch(p.getPodSelector().getMatchLabels(), d.getSpec().getTemplate().getMetadata().getLabels()),
                        "local: " + host + " is reachable from pods other than " + module);
                for (String other : SERVICES) {
                    if (!other.equals(module)) {
                        assertFalse(labelsMatch(p.getPodSelector().getMatchLabels(), r.one(Deployment.class, other).getSpec().getTemplate().getMetadata().getLabels()),
                                "local: " + host + " is reachable from " + other);
                    }
                }
            }
            // the database's credentials are the service's credentials
            Container pg = db.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertEquals(secretName(c, "WHOSAID_DB_PASSWORD"), secretName(pg, "POSTGRES_PASSWORD"), "local: " + host + " password Secret");
        }
        // every Secret the local overlay references exists, with the key
        for (Deployment d : r.all(Deployment.class)) {
            for (EnvVar e : d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    var ref = e.getValueFrom().getSecretKeyRef();
                    Secret s = r.one(Secret.class, ref.getName());
                    assertTrue(s.getStringData().containsKey(ref.getKey()) || (s.getData() != null && s.getData().containsKey(ref.getKey())),
                            "local: Secret " + ref.getName() + " has no key " + ref.getKey());
                }
            }
        }
    }

    /** Production: external PostgreSQL, no Secrets (no default passwords) in the repository, pinned images. */
    @Test
    void productionHasNoDefaultPasswordsAndAnExternalDatabase() {
        Rendered r = render("production");
        assertTrue(r.all(Secret.class).isEmpty(), "production must not ship Secrets (no default passwords)");
        try {
            String deployDoc = java.nio.file.Files.readString(root.resolve("docs/deploy.md"));
            for (String secret : OPERATOR_SECRETS) {
                assertTrue(deployDoc.contains("create secret generic " + secret), "docs/deploy.md tells how to create the Secret " + secret);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(r.all(StatefulSet.class).isEmpty(), "production uses an external PostgreSQL, no StatefulSet");
        for (Deployment d : r.all(Deployment.class)) {
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (EnvVar e : c.getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    assertTrue(OPERATOR_SECRETS.contains(e.getValueFrom().getSecretKeyRef().getName()),
                            "production: Secret " + e.getValueFrom().getSecretKeyRef().getName() + " is not among those docs/deploy.md tells the operator to create");
                }
            }
            Map<String, String> env = literalEnv(c, r);
            env.forEach((k, v) -> {
                if (k.matches("WHOSAID_.*DB_URL")) {
                    String host = URI.create(v.substring("jdbc:".length())).getHost();
                    assertNull(r.maybe(Service.class, host), "production: " + k + " points at an in-cluster Service " + host);
                    assertFalse(host.equals("localhost") || host.startsWith("127."), "production: " + k + " points at localhost");
                }
            });
            assertTrue(c.getImage().matches("[a-z0-9.-]+\\.[a-z]+(:\\d+)?/.+:.+"), "production: image " + c.getImage() + " from a registry with a tag");
            assertTrue(d.getSpec().getReplicas() >= 2, "production: at least two replicas of " + d.getMetadata().getName());
        }
        Set<String> referenced = r.all(Deployment.class).stream()
                .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream())
                .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef().getName()).collect(Collectors.toSet());
        String doc = read(root.resolve("docs/deploy.md"));
        for (String s : referenced) {
            assertTrue(doc.contains(s), "docs/deploy.md must tell the operator to create Secret " + s);
        }
    }

    /** One Dockerfile per service: the pg build, non-root, the service's port, layered quarkus-app. */
    @Test
    void dockerfilesBuildThePgVariantAndRunNonRoot() {
        for (String module : SERVICES) {
            Path f = root.resolve("deploy/docker/" + module + ".Dockerfile");
            assertTrue(Files.exists(f), f + " exists");
            String text = read(f);
            ServiceProperties props = new ServiceProperties(root, module);
            String port = props.resolve("quarkus.http.port", "8080", Map.of());
            assertTrue(text.contains("-Dquarkus.profile=pg"), module + ": image from the pg build");
            assertTrue(Pattern.compile("(?m)^EXPOSE " + port + "$").matcher(text).find(), module + ": EXPOSE " + port);
            Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(text);
            assertTrue(user.find(), module + ": USER");
            assertFalse(user.group(1).startsWith("0") || user.group(1).startsWith("root"), module + ": non-root USER");
            for (String layer : List.of("quarkus-app/lib/", "quarkus-app/quarkus/", "quarkus-app/app/")) {
                assertTrue(text.contains(layer), module + ": copies " + layer + " as its own layer");
            }
            assertTrue(text.contains("quarkus-run.jar"), module + ": runs quarkus-run.jar");
        }
        String analysis = read(root.resolve("deploy/docker/analysis-service.Dockerfile"));
        assertTrue(analysis.contains("trans-de-en") && analysis.contains("openthesaurus-de-text"), "analysis image installs the lexicons");
    }

    // ------------------------------------------------------------------ helpers

    static Container container(PodTemplateSpec t, String name, String overlay) {
        return t.getSpec().getContainers().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no container named " + name));
    }

    /** The container's environment with ConfigMap references resolved (Secrets stay unresolved). */
    static Map<String, String> literalEnv(Container c, Rendered r) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar e : c.getEnv()) {
            if (e.getValue() != null) {
                env.put(e.getName(), e.getValue());
            } else if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                ConfigMap cm = r.maybe(ConfigMap.class, e.getValueFrom().getConfigMapKeyRef().getName());
                if (cm != null && cm.getData() != null && cm.getData().get(e.getValueFrom().getConfigMapKeyRef().getKey()) != null) {
                    env.put(e.getName(), cm.getData().get(e.getValueFrom().getConfigMapKeyRef().getKey()));
                }
            }
        }
        return env;
    }

    static String secretName(Container c, String env) {
        return c.getEnv().stream().filter(e -> e.getName().equals(env) && e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef().getName()).findFirst().orElse(null);
    }

    static void checkProbe(String where, Probe p, String path, Container c) {
        assertNotNull(p, where);
        assertNotNull(p.getHttpGet(), where + " must be an HTTP probe");
        assertEquals(path, p.getHttpGet().getPath(), where + " path");
        int expected = c.getPorts().stream().filter(x -> "http".equals(x.getName())).findFirst().orElseThrow().getContainerPort();
        assertEquals(expected, targetPort(p.getHttpGet().getPort(), c), where + " port");
    }

    static int targetPort(IntOrString port, Container c) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal())).getContainerPort();
    }

    static boolean labelsMatch(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    static boolean selectsAll(io.fabric8.kubernetes.api.model.LabelSelector sel) {
        return (sel.getMatchLabels() == null || sel.getMatchLabels().isEmpty())
                && (sel.getMatchExpressions() == null || sel.getMatchExpressions().isEmpty());
    }

    /** All peers allowed by the ingress rules of the policies selecting a pod with these labels. */
    static List<NetworkPolicyPeer> peersAllowedTo(List<NetworkPolicy> nps, Map<String, String> labels) {
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        for (NetworkPolicy np : nps) {
            var sel = np.getSpec().getPodSelector();
            boolean selects = selectsAll(sel) || labelsMatch(sel.getMatchLabels(), labels);
            if (!selects || np.getSpec().getIngress() == null) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
                if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                    fail("NetworkPolicy " + np.getMetadata().getName() + " allows traffic from anywhere");
                }
                peers.addAll(rule.getFrom());
            }
        }
        return peers;
    }

    /** docs/architecture.md's configuration table: env variables per module ("used by" column). */
    static Map<String, Set<String>> documentedEnv() {
        Map<String, Set<String>> out = new HashMap<>();
        Path arch = root.resolve("docs/architecture.md");
        if (!Files.exists(arch)) {
            return out;
        }
        Pattern env = Pattern.compile("WHOSAID_[A-Z0-9_]+");
        for (String line : read(arch).split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || !cells[2].contains("WHOSAID_")) {
                continue;
            }
            String usedBy = cells[4].toLowerCase();
            Matcher m = env.matcher(cells[2]);
            while (m.find()) {
                for (String module : SERVICES) {
                    String shortName = module.replace("-service", "");
                    if (usedBy.contains("all") || usedBy.contains("each") || usedBy.contains(shortName)) {
                        out.computeIfAbsent(module, k -> new LinkedHashSet<>()).add(m.group());
                    }
                }
            }
        }
        return out;
    }

    static String trimSlashes(String s) {
        return s.replaceAll("^/+|/+$", "");
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + p, e);
        }
    }
}
