// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cueLemma, lemmatize } from '../bench/spans/cueLemma';

describe('lemmatize', () => {
  it.each([
    ['said', 'say'], ['says', 'say'], ['saying', 'say'], ['told', 'tell'], ['wrote', 'write'], ['found', 'find'],
    ['noted', 'note'], ['notes', 'note'], ['argued', 'argue'], ['argues', 'argue'], ['cited', 'cite'],
    ['described', 'describe'], ['declined', 'decline'], ['announced', 'announce'], ['urged', 'urge'],
    ['emphasizing', 'emphasize'], ['promised', 'promise'], ['changed', 'change'], ['agreed', 'agree'],
    ['added', 'add'], ['called', 'call'], ['warned', 'warn'], ['planned', 'plan'], ['stopped', 'stop'],
    ['admitted', 'admit'], ['controlled', 'control'], ['visited', 'visit'], ['focused', 'focus'],
    ['denied', 'deny'], ['denies', 'deny'], ['tied', 'tie'], ['estimated', 'estimate'], ['negotiated', 'negotiate'],
    ['repeated', 'repeat'], ['pushes', 'push'], ['goes', 'go'], ['echoes', 'echo'], ['shows', 'show'],
    ['statements', 'statement'], ['discuss', 'discuss'], ['need', 'need'],
  ])('%s -> %s', (word, lemma) => {
    expect(lemmatize(word)).toBe(lemma);
  });
});

describe('cueLemma', () => {
  it.each([
    ['said', 'say'],
    ['Said', 'say'],
    ['has said', 'say'],
    ['said Friday', 'say'],
    ['said in a phone interview', 'say'],
    ['also told', 'tell'],
    ['did not immediately respond', 'respond'],
    ["didn’t comment", 'comment'],
    ['is expected', 'expect'],
    ['repeatedly noted', 'note'],
    ['called for', 'call for'],
    ['has called on', 'call on'],
    ['pointed to', 'point to'],
    ['refused to endorse', 'refuse'],
    ['according to', 'according to'],
    ['According to a speech', 'according to'],
    ['in a statement', 'in a statement'],
    ['in', 'in'],
    ['a statement', 'statement'],
    ['the intense criticism of', 'criticism'],
    ['is a staunch opponent of', 'opponent'],
    [':', ':'],
    ['―', '—'],
    ['--', '—'],
  ])('%s -> %s', (cue, lemma) => {
    expect(cueLemma(cue)).toBe(lemma);
  });
});
