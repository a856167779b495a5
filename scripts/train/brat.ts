import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../utils/attribution/types';

/** One human-marked attribution of PolNeAR: its cue, source and content spans (content may be in pieces). */
export interface MarkedAttribution {
  cue: Span | null;
  source: Span | null;
  content: Span[];
}

export interface MarkedArticle {
  stem: string;
  text: string;
  attributions: MarkedAttribution[];
}

/**
 * Reads brat standoff: `T<n>\t<Type> <start> <end>[;<start> <end>...]\t<text>` for spans and
 * `E<n>\t<Type>:T<a> Role:T<b> ...` for the events that tie a cue to its source and content.
 * Span texts may hold line breaks, so only lines that start with an id are read.
 */
export function parseBrat(ann: string): MarkedAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: Map<string, string[]>[] = [];
  for (const line of ann.split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 2) continue;
    const id = fields[0]!;
    if (/^T\d+$/.test(id)) {
      const [, ...ranges] = fields[1]!.split(' ');
      const pieces = ranges.join(' ').split(';').map((r) => r.trim().split(/\s+/).map(Number));
      if (pieces.every((p) => p.length === 2 && p.every(Number.isInteger))) spans.set(id, pieces.map(([start, end]) => ({ start: start!, end: end! })));
    } else if (/^E\d+$/.test(id)) {
      const roles = new Map<string, string[]>();
      for (const arg of fields[1]!.split(' ')) {
        const [role, ref] = arg.split(':');
        if (!role || !ref) continue;
        const base = role.replace(/\d+$/, '');
        roles.set(base, [...(roles.get(base) ?? []), ref]);
      }
      events.push(roles);
    }
  }
  const of = (roles: Map<string, string[]>, role: string) => (roles.get(role) ?? []).flatMap((ref) => spans.get(ref) ?? []);
  return events.map((roles) => ({
    cue: of(roles, 'Cue')[0] ?? null,
    source: of(roles, 'Source')[0] ?? null,
    content: of(roles, 'Content'),
  }));
}

/** Every article of a PolNeAR split folder (`text/<stem>.txt` beside `attributions/<stem>.ann`), sorted by name. */
export function readPolnearSplit(dir: string): MarkedArticle[] {
  return readdirSync(join(dir, 'attributions'))
    .filter((name) => name.endsWith('.ann'))
    .sort()
    .map((name) => {
      const stem = name.slice(0, -4);
      return {
        stem,
        text: readFileSync(join(dir, 'text', `${stem}.txt`), 'utf8'),
        attributions: parseBrat(readFileSync(join(dir, 'attributions', name), 'utf8')),
      };
    });
}
