import type { Category } from './types';

export type EntityKind = 'person' | 'group' | 'institution' | 'document';

export interface Entity {
  /** The fullest mention seen: "Pentagon spokesman Peter Cook", "Two Lebanese sources". */
  mention: string;
  category: Category;
  kind: EntityKind;
}

/** "sources" -> "source", "companies" -> "company", "spokesmen" -> "spokesman": keys for "the source said". */
export function lemma(word: string): string {
  if (word.endsWith('men')) return word.slice(0, -3) + 'man';
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ses') || word.endsWith('xes') || word.endsWith('ches')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * What one article has said so far about its people and sources, so that later short mentions
 * resolve: a surname ("Cook"), a pronoun ("he", "it", "they"), or a definite description
 * ("the official", "the sources", "one of the sources"). Reset per article: memory never leaks
 * between texts.
 */
export class EntityMemory {
  private readonly bySurname = new Map<string, Entity>();
  private readonly byHead = new Map<string, Entity>();
  private lastPerson: Entity | null = null;
  private lastGroup: Entity | null = null;
  private lastThing: Entity | null = null;

  /** Records a person under every part of the name, so "De la Serre" and "Lavrov" both find it. */
  addPerson(entity: Entity, nameParts: string[], head: string | null): void {
    const last = nameParts[nameParts.length - 1];
    if (last) this.bySurname.set(last.toLowerCase(), entity);
    if (head) this.byHead.set(lemma(head), entity);
    this.lastPerson = entity;
  }

  addGroup(entity: Entity, head: string | null): void {
    if (head) this.byHead.set(lemma(head), entity);
    this.lastGroup = entity;
  }

  addThing(entity: Entity, head: string | null): void {
    if (head) this.byHead.set(lemma(head), entity);
    this.lastThing = entity;
  }

  /** Any spoken-of person, group or thing: "he" then also means the last speaker. */
  noteSpeaker(entity: Entity): void {
    if (entity.kind === 'person') this.lastPerson = entity;
    else if (entity.kind === 'group') this.lastGroup = entity;
    else this.lastThing = entity;
  }

  surname(name: string): Entity | undefined {
    return this.bySurname.get(name.toLowerCase());
  }

  head(word: string): Entity | undefined {
    return this.byHead.get(lemma(word));
  }

  person(): Entity | null {
    return this.lastPerson;
  }

  group(): Entity | null {
    return this.lastGroup;
  }

  thing(): Entity | null {
    return this.lastThing;
  }
}
