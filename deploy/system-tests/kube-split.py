#!/usr/bin/env python3
"""kube-split.py RENDERED.yaml OUTDIR: turns the rendered local overlay into what `podman kube play` takes.

OUTDIR/00-config.yaml   ConfigMaps, Secrets and one PersistentVolumeClaim per StatefulSet volumeClaimTemplate
OUTDIR/NN-<name>.yaml   one file per Deployment; a StatefulSet becomes a Deployment whose claim template is
                        that PVC (podman plays no StatefulSet); played with the Service's name as network alias;
                        a container port another workload already declared is dropped (podman 4.3 publishes
                        each on the host)
Everything else (Namespace, Service, Ingress, HPA, PDB, NetworkPolicy) is listed on stderr as not played.
"""
import base64
import copy
import json
import os
import sys

import yaml

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
docs = [d for d in yaml.safe_load_all(open(src)) if d]
config, workloads, skipped = [], [], []
for d in docs:
    kind = d["kind"]
    d.get("metadata", {}).pop("namespace", None)
    if kind in ("ConfigMap", "Secret"):
        config.append(d)
    elif kind == "Deployment":
        workloads.append(d)
    elif kind == "StatefulSet":
        name = d["metadata"]["name"]
        dep = copy.deepcopy(d)
        dep["kind"] = "Deployment"
        spec = dep["spec"]
        spec.pop("serviceName", None)
        vols = spec["template"]["spec"].setdefault("volumes", [])
        for vct in spec.pop("volumeClaimTemplates", []):
            claim = "%s-%s" % (vct["metadata"]["name"], name)
            config.append({"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                           "metadata": {"name": claim}, "spec": vct["spec"]})
            vols.append({"name": vct["metadata"]["name"], "persistentVolumeClaim": {"claimName": claim}})
        workloads.append(dep)
    else:
        skipped.append("%s/%s" % (kind, d["metadata"]["name"]))

# podman 4.3 takes ConfigMaps through --configmap, Secrets as podman secrets holding the Secret as JSON
cms = [c for c in config if c["kind"] == "ConfigMap"]
with open(os.path.join(out, "configmaps.yaml"), "w") as f:
    yaml.safe_dump_all(cms, f, sort_keys=False)
for s in (c for c in config if c["kind"] == "Secret"):
    data = dict(s.get("data") or {})
    for k, v in (s.get("stringData") or {}).items():
        data[k] = base64.b64encode(str(v).encode()).decode()
    with open(os.path.join(out, "secret-%s.json" % s["metadata"]["name"]), "w") as f:
        json.dump(data, f)  # the form podman 4.3 reads: {"key": "<base64>"}
with open(os.path.join(out, "00-config.yaml"), "w") as f:
    yaml.safe_dump_all([c for c in config if c["kind"] == "PersistentVolumeClaim"], f, sort_keys=False)
# databases first, then the services in start order
order = ["ingest-db", "analysis-db", "analysis-service", "ingest-service", "web-ui"]
workloads.sort(key=lambda w: order.index(w["metadata"]["name"]) if w["metadata"]["name"] in order else 99)
# podman 4.3 publishes every containerPort on the host (hostPort = containerPort when unset): the second PostgreSQL
# then fails on host port 5432. In a cluster each pod has its own address; here the workloads reach each other on
# one network under their Service names, so a container whose port an earlier workload already declared plays
# without its port declarations (the manifests keep them; the databases' probes are commands, not named ports).
seen = set()
for w in workloads:
    for c in w["spec"]["template"]["spec"].get("containers", []):
        ports = {p.get("containerPort") for p in c.get("ports", [])}
        if ports & seen:
            c.pop("ports", None)
        seen |= ports
for i, w in enumerate(workloads, 1):
    with open(os.path.join(out, "%02d-%s.yaml" % (i, w["metadata"]["name"])), "w") as f:
        yaml.safe_dump(w, f, sort_keys=False)
print("not played by podman: " + ", ".join(skipped), file=sys.stderr)
