// Text built to trip backtracking regexes and quadratic scans: shared by bench/hostile.ts,
// which times it, and the engine's property tests, which check it completes with valid spans.

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export interface HostileInput {
  name: string;
  /** Length in UTF-16 chars of the full-size input. */
  size: number;
  make: (length: number) => string;
}

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'no spaces', size: 1_000_000, make: (n) => repeatTo('SourcesSaid,Reuters"according(to)Officials.', n) },
  { name: 'quote marks', size: 100_000, make: (n) => '"'.repeat(n) },
  { name: 'curly quotes', size: 100_000, make: (n) => repeatTo('“”‘’', n) },
  { name: 'commas', size: 100_000, make: (n) => ','.repeat(n) },
  { name: 'unbalanced quotes', size: 1_000_000, make: (n) => repeatTo('“He said it was fine, officials said ', n) },
  { name: 'nested parentheses', size: 100_000, make: (n) => `${'('.repeat(n / 2)} said ${')'.repeat(n / 2)}` },
  { name: 'one sentence, no punctuation', size: 1_000_000, make: (n) => repeatTo('the minister and the spokesman of the ', n) },
  { name: 'RTL and mixed scripts', size: 1_000_000, make: (n) => repeatTo('قال المتحدث باسم الوزارة said שר החוץ אמר 外交部发言人说 officials told Reuters. ', n) },
  { name: 'astral characters', size: 1_000_000, make: (n) => repeatTo('𝐒𝐚𝐢𝐝 😀 said 𝒜𝒷 “👍🏽”, ', n) },
  { name: 'lone surrogates', size: 1_000_000, make: (n) => repeatTo('\ud800said \udc00Reuters\udfff ', n) },
  { name: 'NUL-filled', size: 1_000_000, make: (n) => '\0'.repeat(n) },
  { name: '"said said said"', size: 1_000_000, make: (n) => repeatTo('said ', n) },
  { name: 'transcript turns', size: 1_000_000, make: (n) => repeatTo('ROE: Yes. Doe said so.\nJOHN DOE: No, said Roe.\n', n) },
  { name: 'stances', size: 1_000_000, make: (n) => repeatTo('critics slammed the plan for it and are slamming him as ', n) },
  { name: "groups' views", size: 1_000_000, make: (n) => repeatTo('Many observers in the towns and of the region say. Some Democrats, however, are worried that ', n) },
  { name: 'received verdicts', size: 1_000_000, make: (n) => repeatTo('it faced sharp and long criticism for it, came under heat that ', n) },
  { name: 'polls', size: 1_000_000, make: (n) => repeatTo('In the poll, In a Post/ABC/CBS News poll, it found that most say so. ', n) },
  { name: 'passive verdicts', size: 1_000_000, make: (n) => repeatTo('It was accused of it and is blamed, being dubbed ', n) },
  { name: 'reporting sentences', size: 1_000_000, make: (n) => repeatTo('A spokesman said the ministry told Reuters, according to a report. ', n) },
];
