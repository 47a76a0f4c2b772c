import { join } from 'node:path';
import {
  ENTITY_LABELS,
  FACT_TYPES,
  PREDICATE_SIGNATURES,
  assertNodeLabel,
  assertRelationshipType,
  type EntityType,
  type Predicate,
} from '@wiregraph/core';
import { keyPropertyOf } from '../internal/rows.js';
import { ARRAY_DELIMITER_OPTION, CsvFile } from './csv-file.js';

/**
 * The CSV files of one import and their typed headers: one file per node label, and one per
 * relationship type and pair of end labels (an id space per label, so a key only has to be
 * unique within its label, as the constraints say). Labels and types come from core's fixed
 * lists; every value is data in a file.
 */

/**
 * A claim's importer id (`:ID(Claim)`, not stored: a short running number, see shortClaimId),
 * then its properties in the order of CLAIM_FIELDS, typed for the importer.
 */
export const CLAIM_HEADER = [
  ':ID(Claim)', 'id', 'article', 'predicate', 'subjectKey', 'objectKey', 'factKey', 'date', 'evidence',
  'sentence:long', 'start:long', 'end:long', 'confidence:double', 'rule', 'title', 'partners:string[]', 'hash',
] as const;

export const ARTICLE_HEADER = ['id:ID(Article)', 'source', 'url', 'title', 'published', 'dateline', 'datelineCountry', 'format'] as const;

function entityHeader(label: EntityType): string[] {
  const id = `${keyPropertyOf(label)}:ID(${assertNodeLabel(label)})`;
  return label === 'Country' ? [id, 'iso2', 'name', 'aliases:string[]'] : [id, 'name', 'aliases:string[]'];
}

/** A fact's columns after its two ends: the aggregates the loader keeps on it. */
export function factHeader(predicate: Predicate): string[] {
  const sig = PREDICATE_SIGNATURES[predicate];
  return [
    `:START_ID(${assertNodeLabel(sig.subject)})`,
    `:END_ID(${assertNodeLabel(sig.object)})`,
    ...(predicate === 'HOLDS_OFFICE' ? ['title'] : []),
    'claimCount:long', 'firstDate', 'lastDate', 'articleCount:long', 'articleIds:string[]',
    ...(predicate === 'HOLDS_OFFICE' ? ['from', 'to'] : []),
    ...(predicate === 'COOPERATES_ON' ? ['partners:string[]'] : []),
  ];
}

/**
 * The importer's id of the n-th claim written: the importer maps every id of 3 million links to
 * its node, and a number in base 36 (a few characters) costs it less than the claim id (about
 * 45). The claim's own id stays its `id` property.
 */
export const shortClaimId = (n: number): string => n.toString(36);

const link = (from: string, to: string) => [`:START_ID(${assertNodeLabel(from)})`, `:END_ID(${assertNodeLabel(to)})`];

export class ImportFiles {
  readonly dir: string;
  readonly articles: CsvFile;
  readonly claims: CsvFile;
  readonly entities: Record<EntityType, CsvFile>;
  readonly asserts: CsvFile;
  readonly subject: Record<EntityType, CsvFile>;
  readonly object: Record<EntityType, CsvFile>;
  readonly mentions: Record<EntityType, CsvFile>;
  readonly facts: Record<Predicate, CsvFile>;

  constructor(dir: string) {
    this.dir = dir;
    const csv = (name: string, header: readonly string[]) => new CsvFile(join(dir, `${name}.csv`), header);
    const perLabel = (name: string, header: (l: EntityType) => string[]) =>
      Object.fromEntries(ENTITY_LABELS.map((l) => [l, csv(`${name}-${l}`, header(l))])) as Record<EntityType, CsvFile>;
    this.articles = csv('nodes-Article', ARTICLE_HEADER);
    this.claims = csv('nodes-Claim', CLAIM_HEADER);
    this.entities = perLabel('nodes', entityHeader);
    this.asserts = csv('rels-ASSERTS', link('Article', 'Claim'));
    this.subject = perLabel('rels-SUBJECT', (l) => link('Claim', l));
    this.object = perLabel('rels-OBJECT', (l) => link('Claim', l));
    this.mentions = perLabel('rels-MENTIONS', (l) => link('Article', l));
    this.facts = Object.fromEntries(FACT_TYPES.map((p) => [p, csv(`rels-${p}`, factHeader(p))])) as Record<Predicate, CsvFile>;
  }

  private nodeFiles(): [string, CsvFile][] {
    return [['Article', this.articles], ['Claim', this.claims], ...ENTITY_LABELS.map((l) => [l, this.entities[l]] as [string, CsvFile])];
  }

  private relationshipFiles(): [string, CsvFile][] {
    const out: [string, CsvFile][] = [['ASSERTS', this.asserts]];
    for (const l of ENTITY_LABELS) out.push(['SUBJECT', this.subject[l]], ['OBJECT', this.object[l]], ['MENTIONS', this.mentions[l]]);
    for (const p of FACT_TYPES) out.push([p, this.facts[p]]);
    return out;
  }

  all(): CsvFile[] {
    return [...this.nodeFiles(), ...this.relationshipFiles()].map(([, f]) => f);
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((f) => f.close()));
  }

  /** The --nodes, --relationships and CSV options of `neo4j-admin database import full`. */
  importerArguments(): string[] {
    const args = [
      `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
      '--id-type=string',
      // Quoted "" is an empty string (an evidence may be one); an empty field is a null, not stored.
      '--ignore-empty-strings=false',
    ];
    for (const [label, f] of this.nodeFiles()) args.push(`--nodes=${assertNodeLabel(label)}=${f.path}`);
    for (const [type, f] of this.relationshipFiles()) if (f.rows > 0) args.push(`--relationships=${assertRelationshipType(type)}=${f.path}`);
    const multiline = this.all().filter((f) => f.multiline).map((f) => f.path);
    // Parsing for line breaks costs: only the files that hold one are read that way.
    if (multiline.length > 0) args.push('--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`);
    return args;
  }
}
