import type { Triple } from '@wiregraph/core';
import type { GraphNode, GraphRelationship } from '../types.js';

/**
 * A subgraph as writers read it: nodes first, then relationships, each an async stream, so a
 * writer holds one element at a time whatever the size of the graph.
 */
export interface GraphSource {
  nodes(): AsyncIterable<GraphNode>;
  relationships(): AsyncIterable<GraphRelationship>;
}

/** The claims (triples) behind the relationships: what the JSON Lines format writes. */
export interface TripleSource {
  triples(): AsyncIterable<Triple>;
}

export interface WriteCounts {
  nodes: number;
  relationships: number;
}

/** A GraphSource over arrays: for tests and for callers that already hold a small graph. */
export function graphFromArrays(nodes: GraphNode[], relationships: GraphRelationship[]): GraphSource & TripleSource {
  return {
    async *nodes() {
      yield* nodes;
    },
    async *relationships() {
      yield* relationships;
    },
    async *triples() {
      for (const r of relationships) yield* r.claims ?? [];
    },
  };
}
