"""Loads wiregraph exports with the real networkx and prints what it read, as JSON, for the
integration test to compare with the graph. Usage: networkx-check.py FORMAT FILE"""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

# networkx knows the GEXF 1.1 and 1.2 namespaces; 1.3 keeps their structure under a new namespace.
GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path, force_multigraph=True)
elif fmt == "gexf":
    g = nx.read_gexf(path, version="1.3")
elif fmt == "node-link":
    with open(path, encoding="utf-8") as f:
        g = nx.node_link_graph(json.load(f))
else:
    raise SystemExit("unknown format " + fmt)


def plain(v):
    return v if isinstance(v, (str, int, float, bool)) or v is None else [list(x) if isinstance(x, tuple) else x for x in v]


edges = []
for u, v, d in g.edges(data=True):
    edges.append({"source": u, "target": v, **{k: plain(x) for k, x in d.items()}})
nodes = {n: {k: plain(x) for k, x in d.items()} for n, d in g.nodes(data=True)}
print(json.dumps({"networkx": nx.__version__, "class": type(g).__name__, "nodes": nodes, "edges": edges}, ensure_ascii=False))
