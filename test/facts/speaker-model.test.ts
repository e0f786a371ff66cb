import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnn } from '../../bench/eval.ts';
import { chooseThreshold, collectExamples, GROUPINGS, groupOf, serialise, train } from '../../bench/train.ts';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts, extractStage, SPEAKER_MODEL } from '../../src/facts/extract.ts';
import { applySpeakerModel, FEATURES, speakerCandidates } from '../../src/facts/speaker-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A made-up labeled article: headline, blank line, body; one attribution per [content, source]. */
function write(name: string, body: string, labels: [string, string][]) {
  const raw = `Made-up headline ${name}\n\n${body}\n`;
  const off = raw.indexOf(body);
  const lines: string[] = [];
  labels.forEach(([content, source], i) => {
    const c = off + body.indexOf(content);
    const s = off + body.indexOf(source);
    lines.push(`T${2 * i + 1}\tContent ${c} ${c + content.length}\t${content}`, `T${2 * i + 2}\tSource ${s} ${s + source.length}\t${source}`, `E${i + 1}\tAttribution:T${2 * i + 1} Source:T${2 * i + 2} Content:T${2 * i + 1}`);
  });
  writeFileSync(join(dir, `${name}.txt`), raw);
  writeFileSync(join(dir, `${name}.ann`), lines.join('\n') + '\n');
}

write('a', 'Mr. Hale met Mr. Ortiz on Monday. "We agreed on nothing at all today," he said.', [['We agreed on nothing at all today', 'Hale']]);
write('b', 'Ms. Park spoke after Ms. Lin left the room. "The budget is not finished yet," she said.', [['The budget is not finished yet', 'Park']]);
write('c', 'Governor Ann Cole said the bridge would open. "It is safe and it is ready for traffic," she added. "We waited long enough for this day."', [['We waited long enough for this day', 'Cole']]);
write('d', 'Senator Bob Reyes criticised Senator Carl Diaz on Friday. "He does not read the bills he votes on, ever," he said.', [['He does not read the bills he votes on, ever', 'Reyes']]);

describe('the speaker model', () => {
  it('parses brat T lines whose text runs over several lines', () => {
    const ann = 'T1\tContent 0 20\tThe first line\nThe second line\nT2\tSource 30 34\tHale\nE1\tAttribution:T1 Source:T2 Content:T1\n';
    const [l] = parseAnn(ann);
    expect(l.content).toBe('The first line\nThe second line');
    expect(l.source).toBe('Hale');
  });

  it('trains deterministically: the same files give the same model file, byte for byte', async () => {
    const one = await collectExamples(dir);
    const two = await collectExamples(dir);
    expect(one.files).toBe(4);
    expect(one.examples.length).toBeGreaterThan(0);
    const a = serialise(train(one.examples, one.named).model);
    const b = serialise(train(two.examples, two.named).model);
    expect(a).toBe(b);
    const m = JSON.parse(a);
    expect(m.features).toEqual([...FEATURES]);
    expect(m.weights.every((w: number) => Number.isFinite(w))).toBe(true);
  });

  it('pools the held-out picks of every grouping (by month, by outlet) to choose the threshold', async () => {
    const { examples, named } = await collectExamples(dir);
    const { model } = train(examples, named);
    // Each example is held out once a grouping: the rates are over the examples, not the pooled picks.
    expect(GROUPINGS).toEqual(['month', 'outlet']);
    expect(groupOf('nyt_2016-03-12_protest-at-a-rally', 'month')).toBe('2016-03');
    expect(groupOf('nyt_2016-03-12_protest-at-a-rally', 'outlet')).toBe('nyt');
    expect(groupOf('a', 'month')).toBe('a');
    expect(model.crossValidation.n).toBe(examples.length);
    expect(model.crossValidation.right + model.crossValidation.wrong + model.crossValidation.unknown).toBeCloseTo(1, 6);
    // The choice itself: right - 8 * wrong (averaged over the thresholds three hundredths either side),
    // the wrong share capped: here above every wrong pick (0.85 the last).
    const picks = [...Array(40)].map((_, i) => ({ p: 0.5 + i / 100, right: i % 5 !== 0 }));
    const r = chooseThreshold(picks, 10000);
    expect(r.threshold).toBeGreaterThan(0.85);
    expect(r.wrong).toBe(0);
    // A wrong share over the cap is never chosen: with 1 named label in 100 wrong at every threshold below 0.9, 0.9 or above.
    const capped = chooseThreshold([...picks, { p: 0.89, right: false }], 100);
    expect(capped.threshold).toBeGreaterThanOrEqual(0.9);
  });

  it('ships a model for the features the code computes, with a threshold', () => {
    expect(SPEAKER_MODEL.features).toEqual([...FEATURES]);
    expect(SPEAKER_MODEL.weights).toHaveLength(FEATURES.length);
    expect(SPEAKER_MODEL.threshold).toBeGreaterThan(0.5);
    const stage = extractStage(makeArticle({ headline: 'x', body: 'Mr. Hale met Mr. Ortiz. "Fine," he said.' }));
    expect(() => applySpeakerModel(stage.model, { ...SPEAKER_MODEL, features: ['bias'] })).toThrow(/feature list/);
  });

  it('offers the people around a quote as candidates and abstains rather than guess between rivals', () => {
    const body = 'Mr. Hale met Mr. Ortiz on Monday. "We agreed on nothing at all today," he said.';
    const stage = extractStage(makeArticle({ headline: 'x', body }));
    const sets = speakerCandidates(stage.model);
    const set = sets.find((s) => s.quote.text.includes('agreed'));
    expect(set?.cands.map((c) => c.speaker).sort()).toEqual(['Hale', 'Ortiz']);
    // Two men named before "he said": with the committed model, no wrong guess (unknown or Hale).
    const q = extractFacts(makeArticle({ headline: 'x', body })).quotes.find((x) => x.text.includes('agreed'));
    expect([null, 'Hale']).toContain(q?.speaker ?? null);
  });

  it('offers everyone sharing the surname the cue gives, far outside the window, and reads the honorific', () => {
    const body =
      'Former President George Bush praised the crowd on Monday. Jeb Bush, the governor, thanked his mother, Laura Bush, at the event. ' +
      'Jeb Bush then spoke about schools. The crowd was small. Tickets were free. Rain fell all day. The band played twice. ' +
      '"We will win this state in the fall," Mr. Bush said.';
    const stage = extractStage(makeArticle({ headline: 'x', body }));
    const set = speakerCandidates(stage.model).find((s) => s.quote.text.includes('win this state'));
    // The rules cannot tell the two men apart ("Mr. Bush"): the model decides among the three Bushes.
    expect(set?.quote.speaker).toBeNull();
    expect(set?.cands.map((c) => c.speaker).sort()).toEqual(['George Bush', 'Jeb Bush', 'Laura Bush']);
    const f = (name: string, feature: string) => set!.cands.find((c) => c.speaker === name)!.x[FEATURES.indexOf(feature as (typeof FEATURES)[number])];
    expect(f('George Bush', 'subject-honorific:agrees')).toBe(1);
    expect(f('Jeb Bush', 'subject-honorific:agrees')).toBe(1);
    expect(f('Laura Bush', 'subject-honorific:disagrees')).toBe(1);
    // "Mr." never gives her the quote.
    const q = extractFacts(makeArticle({ headline: 'x', body })).quotes.find((x) => x.text.includes('win this state'));
    expect(q?.speaker).not.toBe('Laura Bush');
  });

  it('does not take a name inside a relative clause for the one a colon lead-in follows', () => {
    const body = 'Paul Ortiz called Tom Hale on Monday. The vote went to Carl Berg. Berg, who had trailed Ortiz all year, went even further: "I told you they would not be ready for this."';
    const stage = extractStage(makeArticle({ headline: 'x', body }));
    const set = speakerCandidates(stage.model).find((s) => s.quote.text.includes('not be ready'));
    const colon = FEATURES.indexOf('colon-lead');
    // Ortiz is named in that sentence only inside the relative clause: no candidate, or none with the colon.
    expect(set!.cands.find((c) => c.speaker === 'Paul Ortiz')?.x[colon] ?? 0).toBe(0);
    expect(set!.cands.some((c) => c.speaker === 'Carl Berg')).toBe(true);
    expect(extractFacts(makeArticle({ headline: 'x', body })).quotes.find((q) => q.text.includes('not be ready'))?.speaker).not.toBe('Paul Ortiz');
  });
});
