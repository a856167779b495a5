/**
 * A news article of `claims` sentences, each an attributed claim (the engine finds one in each), for timing the popup
 * on a long list: by officials, anonymous sources and documents in turn, three to a paragraph, as a long story has them.
 */
const PEOPLE = ['Anna Berg', 'Tomas Lind', 'Maria Costa', 'David Okafor', 'Lena Horvath', 'Samuel Reyes', 'Priya Nair', 'Jonas Weber'];
const ROLES = ['Finance Minister', 'a spokesman for the ministry,', 'the city’s mayor,', 'Defense Secretary'];
const TOPICS = ['the budget', 'the bridge project', 'the rail strike', 'the harbour expansion', 'the school reform', 'the water plan'];

export function manyClaimsArticle(claims: number): { html: string; text: string } {
  const sentences: string[] = [];
  for (let i = 0; sentences.length < claims; i++) {
    const person = PEOPLE[i % PEOPLE.length]!;
    const role = ROLES[i % ROLES.length]!.replace(/,$/, '');
    const topic = TOPICS[i % TOPICS.length]!;
    sentences.push(
      `${role} ${person} said on Tuesday that ${topic} would cost ${i + 3} million euros more than planned.`,
      `Two officials familiar with the talks said the government had known about the overrun for ${i + 2} weeks.`,
      `A report by the national audit office said ${topic} had been delayed ${i + 1} times since it began.`,
    );
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < claims; i += 3) paragraphs.push(sentences.slice(i, Math.min(i + 3, claims)).join(' '));
  const text = paragraphs.join('\n\n');
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long story with many sources | Example</title></head>' +
    `<body><article><h1>A long story with many sources</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return { html, text };
}
