/**
 * A stored article as a web page, as it was ingested: headline, standfirst, outlet, date, author,
 * dateline, credit and original URL, then the body with every sentence addressable (`#s12`: the
 * cited sentence is highlighted with CSS :target and scrolled into view by the browser, no
 * script), and beside it the facts extracted from it, each linking to its sentence. Pure.
 */
import type { StoredArticle } from '../../src/store/store.ts';
import type { Quote } from '../../src/facts/schema.ts';
import { sentenceAnchor } from '../../src/web/links.ts';
import { esc, externalLink, humanDate, layout } from './html.ts';

/**
 * The body as paragraphs (each line of the body is one, as the extractor reads it), each sentence a
 * <span id="sN">, the text between sentences kept as it is; in-body subheads as headings.
 */
export function bodyHtml(sa: StoredArticle): string {
  const body = sa.article.body;
  const subheads = new Set(sa.article.subheads.map(([a, b]) => body.slice(a, b).trim()).filter(Boolean));
  const sentences = [...sa.facts.sentences].sort((a, b) => a.start - b.start);
  const blocks: string[] = [];
  let raw = '';
  let html = '';
  const close = () => {
    const t = raw.trim();
    if (t) blocks.push(subheads.has(t) && !html.includes('<span') ? `<h2 class="subhead">${esc(t)}</h2>` : `<p>${html.trim()}</p>`);
    raw = html = '';
  };
  const gap = (text: string) => {
    text.split('\n').forEach((piece, i) => {
      if (i > 0) close();
      raw += piece;
      html += esc(piece);
    });
  };
  let at = 0;
  for (const s of sentences) {
    if (s.start < at || s.end > body.length) continue; // overlapping or out of range: its text stays in the gap
    gap(body.slice(at, s.start));
    const text = body.slice(s.start, s.end);
    raw += text;
    html += `<span class="s" id="${sentenceAnchor(s.index)}">${esc(text)}</span>`;
    at = s.end;
  }
  gap(body.slice(at));
  close();
  return blocks.join('\n');
}

function factLink(i: number, label: string): string {
  return `<a class="cite" href="#${sentenceAnchor(i)}" aria-label="${esc(`Sentence ${i + 1}`)}">${esc(label)}</a>`;
}

function quoteItem(q: Quote): string {
  const who = q.speaker ? `${q.speaker}${q.role ? ` (${q.role})` : ''}` : 'Speaker unknown';
  const words = q.kind === 'reported' ? `(reported) ${q.text}` : `“${q.text}”`;
  const how = [q.cue, q.venue ? `in ${q.venue}` : null, q.saidOn ? `on ${q.saidOn}` : null, q.via ? `via ${q.via}` : null].filter(Boolean).join(' ');
  return `<li><strong>${esc(who)}</strong>${how ? ` <span class="meta">${esc(how)}</span>` : ''}: <span class="words ${q.kind}">${esc(words)}</span> ${factLink(q.cite.sentenceIndex, '¶')}</li>`;
}

function list(title: string, items: string[], id: string): string {
  if (!items.length) return '';
  return `<section aria-labelledby="f-${id}">\n<h3 id="f-${id}">${esc(title)}</h3>\n<ul>\n${items.join('\n')}\n</ul>\n</section>`;
}

export function factsHtml(sa: StoredArticle): string {
  const f = sa.facts;
  const quotes = list('Who said what', f.quotes.filter((q) => q.continues == null).map(quoteItem), 'quotes');
  const claims = list(
    'Claims',
    f.claims.map(
      (c) =>
        `<li><strong>${esc(c.kind === 'reported' ? `Reported${c.source ? ` by ${c.source}` : ''}` : `${c.kind === 'denied' ? 'Denied' : 'Confirmed'}${c.by ? ` by ${c.by}` : ''}`)}</strong>: ${esc(c.text)} ${factLink(c.cite.sentenceIndex, '¶')}</li>`,
    ),
    'claims',
  );
  const events = list(
    'Events',
    f.events.map((e) => `<li><strong>${esc(e.when ? humanDate(e.when) : e.status === 'scheduled' ? 'Scheduled' : 'Happened')}</strong>${e.status === 'scheduled' && e.when ? ' (scheduled)' : ''}: ${esc(e.what)} ${factLink(e.cite.sentenceIndex, '¶')}</li>`),
    'events',
  );
  const positions = list('Positions', f.positions.map((p) => `<li><strong>${esc(p.party)}</strong>: ${esc(p.stance)} ${factLink(p.cite.sentenceIndex, '¶')}</li>`), 'positions');
  const people = list(
    'People and organisations',
    f.people.map((p) => `<li>${esc(p.name)}${p.role || p.affiliation ? ` <span class="meta">${esc([p.role, p.affiliation].filter(Boolean).join(', '))}</span>` : ''}</li>`),
    'people',
  );
  const all = [quotes, claims, events, positions, people].filter(Boolean);
  return all.length ? all.join('\n') : '<p class="meta">Nothing was extracted from this article.</p>';
}

export function articlePage(sa: StoredArticle): string {
  const a = sa.article;
  const meta: string[] = [];
  if (a.outlet) meta.push(`<span class="outlet">${esc(a.outlet)}</span>`);
  if (a.published) meta.push(`<time datetime="${esc(a.published)}">${esc(humanDate(a.published))}</time>`);
  if (a.author) meta.push(`<span class="author">By ${esc(a.author)}</span>`);
  if (a.dateline) meta.push(`<span class="dateline">${esc(a.dateline)}</span>`);
  const original = a.url ? `<p class="meta">Original: ${externalLink(a.url, a.url)}</p>` : '';
  const body = `<div class="article-grid">
<article class="article" aria-labelledby="headline">
<header class="head">
<h1 id="headline">${esc(a.headline)}</h1>
${a.standfirst ? `<p class="standfirst">${esc(a.standfirst)}</p>` : ''}
${meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : ''}
${original}
<p class="meta">Stored ${esc(humanDate(sa.storedAt))}${sa.topics.length ? ` · topics: ${esc(sa.topics.join(', '))}` : ''}</p>
</header>
<div class="body">
${bodyHtml(sa)}
</div>
${a.credit ? `<p class="meta credit">${esc(a.credit)}</p>` : ''}
</article>
<aside class="facts" aria-labelledby="facts-h">
<h2 id="facts-h">Extracted from this article</h2>
${factsHtml(sa)}
</aside>
</div>`;
  return layout({ title: a.headline, body, wide: true });
}
