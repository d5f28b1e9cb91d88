package org.whosaid.web.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small kustomize renderer for the subset deploy/ uses (no kustomize binary is available here):
 * {@code resources} (files and directories), {@code namespace}, {@code images} (newName/newTag/digest) and
 * {@code patches}/{@code patchesStrategicMerge} with strategic-merge patches (maps merge, lists of named
 * objects merge by {@code name}, other lists are replaced). Any other kustomization field is refused,
 * so a manifest change that needs more kustomize than this is noticed instead of silently ignored.
 */
final class KustomizeRenderer {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "images",
            "patches", "patchesStrategicMerge");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Renders the kustomization in {@code dir} to a list of manifests (as plain maps, in resource order). */
    List<Map<String, Object>> render(Path dir) {
        Map<String, Object> k = readKustomization(dir);
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalStateException(dir + "/kustomization.yaml uses '" + key
                        + "', which the test renderer does not support (supported: " + SUPPORTED + ")");
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object r : list(k.get("resources"))) {
            Path p = dir.resolve(r.toString()).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(render(p));
            } else {
                out.addAll(readDocuments(p));
            }
        }
        List<Path> patchFiles = new ArrayList<>();
        for (Object p : list(k.get("patches"))) {
            Map<String, Object> patch = map(p);
            if (patch.containsKey("target") || patch.containsKey("patch") || !patch.containsKey("path")) {
                throw new IllegalStateException("only file patches (patches: - path: file.yaml) are supported: " + patch);
            }
            patchFiles.add(dir.resolve(patch.get("path").toString()));
        }
        for (Object p : list(k.get("patchesStrategicMerge"))) {
            patchFiles.add(dir.resolve(p.toString()));
        }
        for (Path file : patchFiles) {
            for (Map<String, Object> patch : readDocuments(file)) {
                Map<String, Object> target = find(out, (String) patch.get("kind"), name(patch));
                if (target == null) {
                    throw new IllegalStateException(file + ": no resource " + patch.get("kind") + "/" + name(patch) + " to patch");
                }
                mergeInto(target, patch);
            }
        }
        Object ns = k.get("namespace");
        if (ns != null) {
            for (Map<String, Object> m : out) {
                if (!CLUSTER_SCOPED.contains((String) m.get("kind"))) {
                    map(m.computeIfAbsent("metadata", x -> new LinkedHashMap<>())).put("namespace", ns.toString());
                }
            }
        }
        for (Object i : list(k.get("images"))) {
            applyImage(out, map(i));
        }
        return out;
    }

    private Map<String, Object> readKustomization(Path dir) {
        for (String n : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            Path p = dir.resolve(n);
            if (Files.exists(p)) {
                List<Map<String, Object>> docs = readDocuments(p);
                return docs.isEmpty() ? Map.of() : docs.get(0);
            }
        }
        throw new IllegalStateException("no kustomization file in " + dir);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> readDocuments(Path file) {
        try (var parser = yaml.getFactory().createParser(file.toFile())) {
            List<Map<String, Object>> docs = new ArrayList<>();
            var it = yaml.readValues(parser, Map.class);
            while (it.hasNext()) {
                Map<String, Object> doc = (Map<String, Object>) it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        for (Map<String, Object> d : docs) {
            if (Objects.equals(d.get("kind"), kind) && Objects.equals(name(d), name)) {
                return d;
            }
        }
        return null;
    }

    static String name(Map<String, Object> doc) {
        Object md = doc.get("metadata");
        return md instanceof Map<?, ?> m ? (String) m.get("name") : null;
    }

    /** Strategic merge (the part of it the overlays use). */
    @SuppressWarnings("unchecked")
    static void mergeInto(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            Object pv = e.getValue();
            if (key.startsWith("$")) {
                throw new IllegalStateException("strategic-merge directive " + key + " is not supported by the test renderer");
            }
            Object tv = target.get(key);
            if (pv == null) {
                target.remove(key);
            } else if (tv instanceof Map<?, ?> tm && pv instanceof Map<?, ?> pm) {
                mergeInto((Map<String, Object>) tm, (Map<String, Object>) pm);
            } else if (tv instanceof List<?> tl && pv instanceof List<?> pl && isNamedList(tl) && isNamedList(pl)) {
                List<Object> merged = new ArrayList<>((List<Object>) tl);
                for (Object item : pl) {
                    Map<String, Object> pItem = (Map<String, Object>) item;
                    Map<String, Object> existing = null;
                    for (Object t : merged) {
                        if (Objects.equals(((Map<?, ?>) t).get("name"), pItem.get("name"))) {
                            existing = (Map<String, Object>) t;
                        }
                    }
                    if (existing != null) {
                        mergeInto(existing, pItem);
                    } else {
                        merged.add(pItem);
                    }
                }
                target.put(key, merged);
            } else {
                target.put(key, pv);
            }
        }
    }

    private static boolean isNamedList(List<?> l) {
        return !l.isEmpty() && l.stream().allMatch(o -> o instanceof Map<?, ?> m && m.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    private static void applyImage(List<Map<String, Object>> docs, Map<String, Object> rule) {
        String name = (String) rule.get("name");
        for (Map<String, Object> d : docs) {
            if (!WORKLOADS.contains((String) d.get("kind"))) {
                continue;
            }
            Map<String, Object> podSpec = map(map(map(d.get("spec")).get("template")).get("spec"));
            for (String field : List.of("containers", "initContainers")) {
                for (Object c : list(podSpec.get(field))) {
                    Map<String, Object> container = (Map<String, Object>) c;
                    String image = (String) container.get("image");
                    if (image == null || !imageName(image).equals(name)) {
                        continue;
                    }
                    String newName = rule.get("newName") != null ? rule.get("newName").toString() : imageName(image);
                    String ref;
                    if (rule.get("digest") != null) {
                        ref = newName + "@" + rule.get("digest");
                    } else if (rule.get("newTag") != null) {
                        ref = newName + ":" + rule.get("newTag");
                    } else {
                        ref = newName + image.substring(imageName(image).length());
                    }
                    container.put("image", ref);
                }
            }
        }
    }

    /** The image reference without tag or digest. */
    static String imageName(String image) {
        int at = image.indexOf('@');
        String s = at >= 0 ? image.substring(0, at) : image;
        int colon = s.lastIndexOf(':');
        return colon > s.lastIndexOf('/') ? s.substring(0, colon) : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o == null) {
            return new LinkedHashMap<>();
        }
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalStateException("expected a mapping, got: " + o);
        }
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new IllegalStateException("expected a list, got: " + o);
        }
        return l;
    }
}
