// Static site search: progressive enhancement over the plain GET search form.
//
// On the published static site a Pagefind bundle lives at /pagefind/. When it loads, the search
// forms stop going to the dynamic endpoint (/<lang>/search/?q=, served by the CMS) and open the
// static search page instead (/<lang>/search/#q=...), which searches the Pagefind index in the
// browser, so search keeps working while the CMS is down. Without JavaScript, or without the
// bundle (the CMS itself), the forms submit as usual.
//
// It ranks as the server search does (search/engine.py): the index holds content pages only, a
// word of the title counts most, then the summary, then the rest of the page (Pagefind folds
// accents and stems Spanish and English); the synonyms of search/synonyms.txt are in each page's
// `keywords` metadata (search/synonym_keywords.py); each page type's boost multiplies the score.
// Stop words are dropped from the query, words are also looked up by their first half (typos),
// and when no page has every word, pages with some of them are shown. Each search is counted for
// the monthly report with a beacon to the CMS (/<lang>/search/counted/).

const BUNDLE = "/pagefind/pagefind.js";
const STOPWORDS = "/pagefind/infomigra-stopwords.json";
const MAX_RESULTS = 20;
// Metadata searched besides the page's text (components/static_search_meta.html), and its weight.
const RANKING = { metaWeights: { title: 5, summary: 2, keywords: 1, type: 0.5, trail: 0, boost: 0 } };
// Matches of the words' first halves count half as much as matches of the words themselves.
const PREFIX_FACTOR = 0.5;

let pagefindPromise = null;
let stopwordsPromise = null;

export function loadPagefind() {
  if (!pagefindPromise) {
    pagefindPromise = import(BUNDLE).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 28, ranking: RANKING });
      await pagefind.init();
      return pagefind;
    });
    pagefindPromise.catch(() => { pagefindPromise = null; });
  }
  return pagefindPromise;
}

function loadStopwords(language) {
  if (!stopwordsPromise) {
    stopwordsPromise = fetch(STOPWORDS)
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({}));
  }
  return stopwordsPromise.then((stopwords) => new Set(stopwords[language] || []));
}

export function fold(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function words(text, stopwords) {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word && !stopwords.has(word));
}

// The query with each word cut to its first half (at least four letters): "argentna" finds
// "argentina", "extrangeros" finds "extranjeros".
function prefixes(query) {
  return query.split(" ").map((word) => word.slice(0, Math.max(4, Math.ceil(word.length / 2)))).join(" ");
}

// {result id: {result, score}} of the queries, scores times `factor` combined with `combine`.
async function scored(pagefind, queries, combine, factor = 1) {
  const scores = new Map();
  for (const query of queries) {
    for (const result of (await pagefind.search(query)).results) {
      const known = scores.get(result.id);
      const score = result.score * factor;
      scores.set(result.id, { result, score: known ? combine(known.score, score) : score });
    }
  }
  return scores;
}

// The entries of every map, the best score of each result kept, best first.
function best(...maps) {
  const all = new Map();
  for (const map of maps) {
    for (const [id, entry] of map) {
      if (!all.has(id) || all.get(id).score < entry.score) all.set(id, entry);
    }
  }
  return [...all.values()].sort((a, b) => b.score - a.score);
}

// Pagefind also matches a word as the start of longer ones, so a short word ("CE", "DNI", "OIM")
// would find every "centro": a page must contain the query's short words as they are.
async function withShortWords(pagefind, queryWords, ranked) {
  for (const word of new Set(queryWords.filter((w) => w.length <= 3 && /^\p{L}+$/u.test(w)))) {
    const exact = new Set((await pagefind.search(`"${word}"`)).results.map((result) => result.id));
    if (exact.size) ranked = ranked.filter((entry) => exact.has(entry.result.id));
  }
  return ranked;
}

function sharedStart(a, b) {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

// How many of `queryWords` a match really contains. Pagefind also matches a word it does not
// know by a much shorter one ("argentna" by "a", "quipucamayoc" by "quién"): a query word counts
// when a matched word of the page (in its text or matched metadata) starts with its first half
// (at least four letters; a word of three letters or less must be the same word).
function wordsFound(result, data, queryWords) {
  const content = data.content.split(/\s+/);
  const matched = [
    ...data.locations.map((at) => content[at] || ""),
    ...(result.matchedMetaFields || []).map((field) => data.meta[field] || ""),
  ].flatMap((text) => words(text, new Set()));
  return queryWords.filter((word) => {
    const needed = Math.min(word.length, Math.max(4, Math.ceil(word.length / 2)));
    return matched.some((other) =>
      word.length <= 3 ? other === word : sharedStart(word, other) >= needed);
  }).length;
}

// The first MAX_RESULTS matches loaded, with the query words each contains and its score times
// its page type's boost (the `boost` metadata: PortalPage.search_boost).
function checked(ranked, queryWords) {
  return Promise.all(
    ranked.slice(0, MAX_RESULTS).map(async ({ result, score }) => {
      const data = await result.data();
      const boost = parseFloat(data.meta.boost) || 1;
      return { data, score: score * boost, found: wordsFound(result, data, queryWords) };
    }),
  );
}

// The ranked results for `query` in the page's language: [{url, excerpt, meta, filters}]. Pages
// with every word of the query; if there are none, pages with some of them (`relaxed`).
export async function staticSearch(query, limit = MAX_RESULTS) {
  const pagefind = await loadPagefind();
  const language = (document.documentElement.lang || "es").split("-")[0];
  const queryWords = [...new Set(words(query, await loadStopwords(language)))];
  const cleaned = queryWords.join(" ");
  if (!cleaned) return { relaxed: false, total: 0, results: [] };
  const whole = await scored(pagefind, [cleaned], Math.max);
  const halves = await scored(pagefind, [prefixes(cleaned)], Math.max, PREFIX_FACTOR);
  const ranked = await withShortWords(pagefind, queryWords, best(whole, halves));
  const byScore = (a, b) => b.score - a.score;
  const every = (await checked(ranked, queryWords)).filter((e) => e.found === queryWords.length);
  if (every.length) {
    const unchecked = Math.max(0, ranked.length - MAX_RESULTS);
    const results = every.sort(byScore).slice(0, limit).map((entry) => entry.data);
    return { relaxed: false, total: every.length + unchecked, results };
  }
  const some = (await checked(best(await scored(pagefind, queryWords, (a, b) => a + b)), queryWords))
    .filter((entry) => entry.found > 0)
    .sort((a, b) => b.found - a.found || byScore(a, b));
  const results = some.slice(0, limit).map((entry) => entry.data);
  return { relaxed: some.length > 0, total: some.length, results };
}

// Pagefind escapes the excerpt and adds <mark>; rebuild it from text nodes so nothing else passes.
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body;
  const fragment = document.createDocumentFragment();
  for (const node of parsed.firstChild ? parsed.firstChild.childNodes : []) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent));
    }
  }
  return fragment;
}

// A page's text starts with its title, which is the result's heading: the excerpt without the
// title words it may start with (a window can begin inside the title), or the summary; "…"
// where the passage cuts the page's text, as the server search's snippets do.
function snippet(result) {
  const bare = (word) => fold(word.replace(/<\/?mark>/g, "")).replace(/\p{P}+$/u, "");
  const title = (result.meta.title || "").split(/\s+/).filter(Boolean).map(bare);
  const pieces = (result.excerpt || "").split(" ").filter(Boolean);
  let skip = 0;
  for (let k = Math.min(title.length, pieces.length); k > 0; k--) {
    if (title.slice(title.length - k).every((word, i) => word === bare(pieces[i]))) {
      skip = k === title.length || k > 1 ? k : 0;
      break;
    }
  }
  const rest = pieces.slice(skip).join(" ");
  if (!rest) return document.createTextNode(result.meta.summary || "");
  const text = (result.content || "").trim();
  const plain = (result.plain_excerpt || "").trim();
  const fragment = excerptNodes(rest);
  if (skip === 0 && !text.startsWith(plain.slice(0, 20))) fragment.prepend("… ");
  if (!text.endsWith(plain.slice(-20))) fragment.append(" …");
  return fragment;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (_match, key) => values[key]);
}

// Counts the search for the monthly report, as the server search counts its own (no cookie,
// nothing about the visitor: the query and whether something was found).
function countSearch(url, query, found) {
  if (!url || !navigator.sendBeacon) return;
  navigator.sendBeacon(url, new URLSearchParams({ q: query, found: found ? "1" : "0" }));
}

async function showResults(container, query) {
  const status = container.querySelector("[data-static-search-status]");
  const list = container.querySelector("[data-static-search-results]");
  const { relaxed, total, results } = await staticSearch(query);
  countSearch(container.dataset.countUrl, query, total > 0);
  list.replaceChildren();
  const text = container.dataset;
  status.textContent = total === 0
    ? format(text.textNone, { query })
    : format(total === 1 ? text.textOne : text.textMany, { count: total, query });
  if (relaxed) status.append(" ", text.textRelaxed);
  for (const result of results) {
    const item = element("li", "search-result");
    const heading = element("h2", "search-result__title");
    const link = element("a", "", result.meta.title || result.url);
    link.href = result.url;
    heading.append(link);
    item.append(heading);
    if (result.meta.type) item.append(element("p", "search-result__meta", result.meta.type));
    if (result.meta.trail) item.append(element("p", "search-result__path", result.meta.trail));
    const passage = element("p", "search-result__snippet");
    passage.append(snippet(result));
    item.append(passage);
    list.append(item);
  }
  container.hidden = false;
}

function queryFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return (params.get("q") || "").trim();
}

function enhanceForms(staticPage) {
  for (const form of document.querySelectorAll("form[data-search-form]")) {
    form.addEventListener("submit", async (event) => {
      const query = (new FormData(form).get("q") || "").toString().trim();
      if (!query) return;
      event.preventDefault();
      try {
        await loadPagefind();
      } catch {
        form.submit(); // no static index here: the dynamic search answers
        return;
      }
      const target = new URL(form.action, location.href);
      target.hash = new URLSearchParams({ q: query }).toString();
      if (staticPage && target.pathname === location.pathname) {
        history.pushState(null, "", target);
        staticPage.run(query);
      } else {
        location.assign(target);
      }
    });
  }
}

function init() {
  const container = document.querySelector("[data-static-search]");
  let staticPage = null;
  if (container) {
    const hint = document.querySelector("[data-search-hint]");
    staticPage = {
      run(query) {
        for (const input of document.querySelectorAll("form[data-search-form] input[name=q]")) input.value = query;
        if (hint) hint.hidden = true;
        showResults(container, query).catch(() => {
          // The index did not load: hand the query to the dynamic search.
          location.assign(`${location.pathname}?${new URLSearchParams({ q: query })}`);
        });
      },
    };
    const query = queryFromHash();
    if (query) staticPage.run(query);
    window.addEventListener("hashchange", () => {
      const next = queryFromHash();
      if (next) staticPage.run(next);
    });
  }
  enhanceForms(staticPage);
  document.documentElement.setAttribute("data-search-enhanced", ""); // portal.js leaves the forms to us
}

init();
