import { describe, expect, it } from 'vitest';
import { tokenizeChunk } from '../tokens';
import { splitSentences } from '../sentences';
import { EN } from '../lexicon/en';
import { EntityIndex, type EvidenceKind } from './entityIndex';
import { NO_PRIORS } from './namePriors';
import { buildTokenView } from './tokenView';
import { createWordClasses } from './wordClasses';

const classes = createWordClasses(EN);

/** The article's entities after reading it; `speakers` are names the taggers found speaking. */
function index(text: string, speakers: string[] = []) {
  const { tokens } = tokenizeChunk(text, 0, Infinity);
  const view = buildTokenView(tokens, splitSentences(tokens), classes);
  const speaker = new Uint8Array(tokens.length);
  tokens.forEach((t, k) => {
    if (speakers.includes(t.text)) speaker[k] = 1;
  });
  const entities = new EntityIndex(classes, NO_PRIORS);
  entities.observe(view, speaker);
  return { entities, text };
}

const evidence = (text: string, key: string) => {
  const e = index(text).entities.entity(key);
  return e ? Object.entries(e.evidence).filter(([, n]) => n > 0).map(([k]) => k as EvidenceKind) : null;
};

describe('what an article says about the people it names', () => {
  it.each<[string, string, EvidenceKind[]]>([
    ['Republican presidential nominee Donald Trump spoke in Ohio.', 'donald trump', ['party', 'candidacy']],
    ['Lea Marsh, an economist at Dune Capital, was not surprised.', 'lea marsh', ['expert', 'anonHead']],
    ['Sen. Ruth Okafor (D-Ill.) voted no.', 'ruth okafor', ['title', 'partyTag']],
    ['Jane Orr, 34, was at home.', 'jane orr', ['age']],
    ['Former Gov. Ed Rendell was there.', 'ed rendell', ['formerTitle', 'former']],
    ['Secretary of State John Kerry flew in.', 'john kerry', ['title']],
    ['The Boston Globe ran the story.', 'boston globe', ['outlet']],
  ])('%s', (text, key, kinds) => {
    const found = evidence(text, key);
    expect(found).not.toBeNull();
    for (const kind of kinds) expect(found).toContain(kind);
  });

  it.each([
    ['a witness with an outlet for a surname', 'The witness Mary Hill took the stand. Hill was calm.', 'mary hill'],
    ['an economist, who is a person, not the magazine', 'The economist Tom Baker disagreed.', 'tom baker'],
  ])('keeps %s a person', (_what, text, key) => {
    const { entities } = index(text);
    const e = entities.entity(key)!;
    expect(e.evidence.outlet).toBe(0);
    expect(entities.isPerson(e)).toBe(true);
  });

  it('finds a person by surname, and keeps two with one surname apart', () => {
    const { entities } = index('Bill Clinton spoke first. Then Hillary Clinton spoke. Clinton said more.');
    expect(entities.entity('hillary clinton')!.name).toBe('Hillary Clinton');
    expect(entities.entity('clinton')!.name).toBe('Hillary Clinton');
    expect(entities.entity('bill clinton')!.name).toBe('Bill Clinton');
  });

  it('resolves "he" and "she" to the last person of that gender, preferring the one who spoke', () => {
    const text = 'Senator Maria Lopez and the economist Tom Baker met. Lopez spoke first. Baker disagreed. "No," he said.';
    const { entities } = index(text, ['Lopez', 'Baker']);
    const at = text.indexOf('he said');
    expect(entities.personBefore(at, 'male')!.name).toBe('Tom Baker');
    expect(entities.personBefore(at, 'female')!.name).toBe('Maria Lopez');
  });

  it('does not take places or plurals for people', () => {
    const { entities } = index('Protesters marched in New York. Russians watched.', ['Russians']);
    expect(entities.personBefore(1e9, null)).toBeNull();
  });
});
