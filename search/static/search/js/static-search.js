// Static site search: progressive enhancement over the plain GET search form.
//
// On the published static site a Pagefind bundle lives at /pagefind/. When it loads, the search
// forms stop going to the dynamic endpoint (/<lang>/search/?q=, served by the CMS) and open the
// static search page instead (/<lang>/search/#q=...), which searches the Pagefind index in the
// browser, so search keeps working while the CMS is down. Without JavaScript, or without the
// bundle (the CMS itself), the forms submit as usual.
//
// Like the database backend (search/analysis.py), queries are expanded with the synonyms of
// search/synonyms.txt (exported next to the index), retried by word prefix when nothing matches
// (typos) and relaxed to "some of the words" as a last resort. Pagefind itself folds accents and
// stems Spanish and English.

const BUNDLE = "/pagefind/pagefind.js";
const SYNONYMS = "/pagefind/infomigra-synonyms.json";
const MAX_RESULTS = 20;
// Metadata fields searched besides the page's text (components/static_search_meta.html), and
// their weight: a word of the title counts most, then the summary, then a synonym of the page.
const RANKING = { metaWeights: { title: 5, summary: 2, keywords: 1, type: 0.5, trail: 0, boost: 0 } };

let pagefindPromise = null;
let synonymsPromise = null;

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

function loadSynonyms() {
  if (!synonymsPromise) {
    synonymsPromise = fetch(SYNONYMS)
      .then((response) => (response.ok ? response.json() : { groups: [], stopwords: {} }))
      .catch(() => ({ groups: [], stopwords: {} }));
  }
  return synonymsPromise;
}

export function fold(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function words(text, stopwords) {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word && !stopwords.has(word));
}

function prefixes(query) {
  return query.split(" ").map((word) => word.slice(0, Math.max(4, Math.ceil(word.length * 0.6)))).join(" ");
}

async function merged(pagefind, queries, combine) {
  const scores = new Map();
  for (const query of queries) {
    const search = await pagefind.search(query);
    for (const result of search.results) {
      const known = scores.get(result.id);
      scores.set(result.id, known ? { result, score: combine(known.score, result.score) } : { result, score: result.score });
    }
  }
  return [...scores.values()].sort((a, b) => b.score - a.score);
}

// The best `limit` of the ranked matches, each score times its page type's boost (the
// page's `boost` metadata: PortalPage.search_boost, as the server search ranks).
async function boosted(ranked, limit) {
  const loaded = await Promise.all(
    ranked.slice(0, Math.max(limit, MAX_RESULTS)).map(async ({ result, score }) => {
      const data = await result.data();
      return { data, score: score * (parseFloat(data.meta.boost) || 1) };
    }),
  );
  return loaded.sort((a, b) => b.score - a.score).slice(0, limit).map((entry) => entry.data);
}

// The ranked results for `query` in the page's language: [{url, excerpt, meta, filters}].
export async function staticSearch(query, limit = MAX_RESULTS) {
  const pagefind = await loadPagefind();
  const data = await loadSynonyms();
  const language = (document.documentElement.lang || "es").split("-")[0];
  const queryWords = words(query, new Set(data.stopwords[language] || []));
  const cleaned = queryWords.join(" ");
  let relaxed = false;
  let ranked = await merged(pagefind, [cleaned], Math.max);
  if (!ranked.length) {
    ranked = await merged(pagefind, [prefixes(cleaned)], Math.max);
  }
  if (!ranked.length) {
    ranked = await merged(pagefind, [...new Set(queryWords)], (a, b) => a + b);
    relaxed = ranked.length > 0;
  }
  return { relaxed, total: ranked.length, results: await boosted(ranked, limit) };
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

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (_match, key) => values[key]);
}

async function showResults(container, query) {
  const status = container.querySelector("[data-static-search-status]");
  const list = container.querySelector("[data-static-search-results]");
  const { relaxed, total, results } = await staticSearch(query);
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
    const snippet = element("p", "search-result__snippet");
    snippet.append(excerptNodes(result.excerpt || ""));
    item.append(snippet);
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
}

init();
