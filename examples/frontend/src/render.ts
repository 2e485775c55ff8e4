// HTML: the layout, escaping, StreamField blocks and one renderer per page/entry type.
// Everything from the API is escaped except the fields the schema documents as HTML
// (RichTextBlock.html, FaqItem.answerHtml, SearchHit.highlight), which the CMS sanitises.

import { t, type MessageKey } from "./i18n.js";
import type {
  Block,
  DirectoryEntry,
  Document,
  EventPage,
  EventSummary,
  Image,
  Locale,
  Localized,
  Page,
  Translation,
} from "./types.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escape text for HTML content and attribute values. */
export function escape(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Only http(s), mailto and site-relative links become hrefs; anything else (javascript:) is dropped. */
export function safeUrl(url: string | null | undefined): string {
  if (!url) return "";
  return /^(https?:|mailto:|\/)/i.test(url.trim()) ? url.trim() : "";
}

function link(href: string | null | undefined, text: string, attrs = ""): string {
  const url = safeUrl(href);
  if (!url) return escape(text);
  return `<a href="${escape(url)}"${attrs}>${escape(text)}</a>`;
}

/** JSON-LD inside <script>: `<` is escaped so a value cannot close the element. */
function jsonLdScript(value: unknown): string {
  if (value == null) return "";
  const json = (typeof value === "string" ? value : JSON.stringify(value)).replace(/</g, "\\u003c");
  return `<script type="application/ld+json">${json}</script>`;
}

/** "CASE_STUDY" -> "Case study": enum values read well enough for an example. */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A `YYYY-MM-DD` date in the reader's language. */
export function formatDate(date: string, locale: string): string {
  const value = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
}

/** An event's start to end in its own time zone (the venue's wall clock), with the zone named. */
export function formatEventRange(
  event: { startsAt: string; endsAt?: string; allDay: boolean; timeZone: string },
  locale: string,
): string {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: event.allDay ? undefined : "short",
    timeZone: event.timeZone || "UTC",
  });
  const start = new Date(event.startsAt);
  const text = event.endsAt ? format.formatRange(start, new Date(event.endsAt)) : format.format(start);
  return event.allDay ? text : `${text} (${event.timeZone})`;
}

// ---------------------------------------------------------------------------------------------
// Layout

export interface SiteContext {
  /** The locale of the URL, e.g. `lv`. */
  locale: string;
  /** Every locale, in the CMS's order. */
  locales: Locale[];
  /** The library (ArticleIndexPage) of this locale, if there is one. */
  libraryPath: string | null;
}

export interface LayoutOptions {
  title: string;
  main: string;
  description?: string;
  /** Link target per locale code for the language switcher; a locale without one is omitted. */
  switcher: Record<string, string>;
  /** Locales of the switcher that have no version of their own of this content: they show a fallback. */
  untranslated?: ReadonlySet<string>;
  /** Translations for `<link rel="alternate" hreflang>`. */
  alternates?: Translation[];
  jsonLd?: unknown;
  banner?: string;
}

function languageSwitcher(site: SiteContext, links: Record<string, string>, untranslated: ReadonlySet<string>): string {
  const items = site.locales.map((locale) => {
    const code = escape(locale.code);
    // The note is in the link's language, like its name: it is for readers of that language,
    // and it is part of the link's accessible name, so screen readers announce it too.
    const note = untranslated.has(locale.code)
      ? ` <small class="switcher-fallback">(${escape(t(locale.code, "notTranslated"))})</small>`
      : "";
    const name = `${escape(locale.nativeName)}${note}`;
    if (locale.code === site.locale) return `<span aria-current="true" lang="${code}">${name}</span>`;
    const href = links[locale.code];
    if (!href) return "";
    return `<a href="${escape(href)}" hreflang="${code}" lang="${code}">${name}</a>`;
  });
  return `<nav class="language-switcher" aria-label="${escape(t(site.locale, "language"))}">${items.join("")}</nav>`;
}

function header(site: SiteContext, switcher: Record<string, string>, untranslated: ReadonlySet<string>): string {
  const base = `/${site.locale}`;
  const nav = [
    site.libraryPath ? link(site.libraryPath, t(site.locale, "library")) : "",
    link(`${base}/directory/`, t(site.locale, "directory")),
    link(`${base}/calendar/`, t(site.locale, "calendar")),
    link(`${base}/search/`, t(site.locale, "search")),
  ].join("");
  return `<header>
  <a class="site-name" href="${escape(base)}/">${escape(t(site.locale, "siteName"))}</a>
  <nav class="site-nav">${nav}</nav>
  ${languageSwitcher(site, switcher, untranslated)}
</header>`;
}

const STYLE = `
  :root { color-scheme: light; --accent: #0b5c8a; --muted: #5a6470; --line: #d9dee3; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2329; }
  header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
  header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; padding-top: 1rem; padding-bottom: .75rem; border-bottom: 1px solid var(--line); }
  .site-name { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--accent); }
  .site-nav, .language-switcher { display: flex; flex-wrap: wrap; gap: .75rem; font-size: .95rem; }
  .language-switcher { margin-left: auto; font-size: .85rem; }
  .language-switcher span { font-weight: 700; }
  .switcher-fallback, .fallback-mark { color: var(--muted); font-weight: normal; }
  .fallback-mark { font-size: .8rem; font-style: italic; white-space: nowrap; }
  .calendar-month .fallback-mark { display: block; white-space: normal; }
  a { color: var(--accent); }
  h1 { line-height: 1.2; margin-top: 1.5rem; }
  .intro { font-size: 1.15rem; color: #333c45; }
  .meta { color: var(--muted); font-size: .95rem; }
  .fallback-notice, .preview-banner, .notice { padding: .5rem .75rem; border-radius: 4px; background: #fff6d6; border: 1px solid #ecd27a; }
  .preview-banner { position: sticky; top: 0; z-index: 1; text-align: center; font-weight: 700; background: #ffe08a; border-radius: 0; }
  .submission-accepted { padding: .75rem; background: #e5f5e8; border: 1px solid #9fd3a8; border-radius: 4px; }
  .field-error { color: #a61b1b; margin: .2rem 0 0; font-size: .9rem; }
  img { max-width: 100%; height: auto; }
  figure { margin: 1.5rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
  blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 4px solid var(--line); font-style: italic; }
  .cta { padding: 1rem; background: #eef5fa; border-radius: 6px; }
  .button, button { display: inline-block; padding: .45rem 1rem; border: 0; border-radius: 4px; background: var(--accent); color: #fff; font: inherit; cursor: pointer; text-decoration: none; }
  .key-figure { margin: 1.5rem 0; } .key-figure strong { display: block; font-size: 2.2rem; color: var(--accent); }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
  .calendar-month td { height: 5.5rem; width: 14.28%; font-size: .85rem; }
  .calendar-month .day { color: var(--muted); display: block; }
  .calendar-month .other-month { background: #f6f7f8; }
  .calendar-event { display: block; margin-top: .2rem; }
  .calendar-event.continued { font-style: italic; opacity: .75; }
  details { margin: .5rem 0; } summary { cursor: pointer; font-weight: 600; }
  form label { display: block; margin-top: .8rem; font-weight: 600; }
  form input:not([type=radio]), form select, form textarea { width: 100%; padding: .4rem; font: inherit; }
  form button { margin-top: 1rem; }
  .directory-filters { display: grid; gap: .25rem; }
  .directory-filters fieldset { border: 0; padding: 0; margin: .5rem 0 0; }
  .directory-filters fieldset label { display: inline; font-weight: normal; margin-right: 1rem; }
  .directory-results li, .search-results li { margin-bottom: .75rem; }
  .visually-hidden { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  .pagination { display: flex; gap: 1rem; }
  footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
`;

function documentTitle(title: string, locale: string): string {
  const siteName = t(locale, "siteName");
  return title === siteName ? siteName : `${title} · ${siteName}`;
}

// Search engines want absolute hreflang URLs: set PUBLIC_URL to the site's address in production.
const PUBLIC_URL = (process.env.PUBLIC_URL ?? "").replace(/\/+$/, "");

/** The whole HTML document. */
export function layout(site: SiteContext, options: LayoutOptions): string {
  const alternates = (options.alternates ?? [])
    .map((alt) => `<link rel="alternate" hreflang="${escape(alt.locale)}" href="${escape(PUBLIC_URL + alt.path)}">`)
    .join("\n  ");
  const description = options.description
    ? `<meta name="description" content="${escape(options.description)}">`
    : "";
  return `<!doctype html>
<html lang="${escape(site.locale)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(documentTitle(options.title, site.locale))}</title>
  ${description}
  ${alternates}
  ${jsonLdScript(options.jsonLd)}
  <style>${STYLE}</style>
</head>
<body>
${options.banner ?? ""}
${header(site, options.switcher, options.untranslated ?? new Set())}
<main>
${options.main}
</main>
<footer>${escape(t(site.locale, "siteName"))} · example frontend rendered from the CMS's GraphQL API</footer>
</body>
</html>
`;
}

/** A heading plus a paragraph, for 404, 403 and 502 pages; `command` in backticks becomes <code>. */
export function messageMain(title: string, text: string): string {
  const paragraph = escape(text).replace(/`([^`]+)`/g, "<code>$1</code>");
  return `<h1>${escape(title)}</h1>\n<p>${paragraph}</p>`;
}

// ---------------------------------------------------------------------------------------------
// StreamField blocks

function renderImage(image: Image | null, alt: string): string {
  if (!image) return "";
  const { url, width, height } = image.rendition;
  return `<img src="${escape(safeUrl(url))}" width="${width}" height="${height}" alt="${escape(alt || image.alt)}" loading="lazy">`;
}

function formatSize(bytes: number | null): string {
  if (bytes == null) return "";
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function documentLink(document: Document | null, label: string): string {
  if (!document) return escape(label);
  const details = [document.fileExtension.toUpperCase(), formatSize(document.fileSize)]
    .filter(Boolean)
    .join(", ");
  return `${link(document.url, label || document.title)}${details ? ` <span class="meta">(${escape(details)})</span>` : ""}`;
}

function renderTable(block: Extract<Block, { __typename: "TableBlock" }>): string {
  const caption = block.caption ? `<caption>${escape(block.caption)}</caption>` : "";
  const head = block.header.length
    ? `<thead><tr>${block.header.map((cell) => `<th scope="col">${escape(cell)}</th>`).join("")}</tr></thead>`
    : "";
  const rows = block.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join("")}</tr>`)
    .join("");
  return `<table>${caption}${head}<tbody>${rows}</tbody></table>`;
}

function renderBlock(block: Block): string {
  switch (block.__typename) {
    case "RichTextBlock":
      return `<div class="rich-text">${block.html}</div>`;
    case "HeadingBlock": {
      // The body sits under the page's h1, so headings are clamped to h2-h4.
      const level = Math.min(4, Math.max(2, block.level || 2));
      return `<h${level}>${escape(block.text)}</h${level}>`;
    }
    case "ImageBlock":
      if (!block.image) return "";
      return `<figure>${renderImage(block.image, block.alt)}${block.caption ? `<figcaption>${escape(block.caption)}</figcaption>` : ""}</figure>`;
    case "QuoteBlock":
      return `<blockquote><p>${escape(block.quote)}</p>${block.attribution ? `<footer>— ${escape(block.attribution)}</footer>` : ""}</blockquote>`;
    case "CallToActionBlock": {
      const href = safeUrl(block.href);
      const button = href ? `<a class="button" href="${escape(href)}">${escape(block.buttonLabel)}</a>` : "";
      return `<aside class="cta"><h3>${escape(block.title)}</h3>${block.text ? `<p>${escape(block.text)}</p>` : ""}${button}</aside>`;
    }
    case "DocumentBlock":
      return `<p class="document">${documentLink(block.document, block.label)}</p>`;
    case "EmbedBlock":
      return `<p class="embed">${link(block.url, block.url)}</p>`;
    case "FaqBlock": {
      const items = block.items
        .map((item) => `<details><summary>${escape(item.question)}</summary>${item.answerHtml}</details>`)
        .join("");
      return `<section class="faq">${block.title ? `<h2>${escape(block.title)}</h2>` : ""}${items}</section>`;
    }
    case "KeyFigureBlock":
      return `<p class="key-figure"><strong>${escape(block.value)}</strong> ${escape(block.label)}${block.source ? ` <span class="meta">(${escape(block.source)})</span>` : ""}</p>`;
    case "TableBlock":
      return renderTable(block);
    default:
      // A block type newer than this frontend: skip it rather than fail the page.
      return "";
  }
}

export function renderBlocks(blocks: Block[]): string {
  return blocks.map(renderBlock).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Pages

/** Lists some page types show beside their own content, fetched by the server. */
export interface PageExtras {
  articles?: (Localized & { title: string; path: string; intro?: string; publicationDate: string })[];
  events?: EventSummary[];
  policyRecommendations?: (Localized & { title: string; path: string; number: number | null; group: { name: string } | null })[];
  teachingMaterials?: (Localized & { title: string; path: string; intro: string; resourceType: string; educationalLevel: string })[];
}

function dl(locale: string, rows: [MessageKey, string][]): string {
  const items = rows
    .filter(([, html]) => html)
    .map(([key, html]) => `<dt>${escape(t(locale, key))}</dt><dd>${html}</dd>`)
    .join("");
  return items ? `<dl class="facts">${items}</dl>` : "";
}

function eventList(events: EventSummary[], locale: string): string {
  if (!events.length) return `<p>${escape(t(locale, "noUpcomingEvents"))}</p>`;
  const items = events.map(
    (event) =>
      `<li>${link(event.path, event.title, langAttr(event, locale))} <span class="meta">${escape(formatEventRange(event, locale))}${event.city ? ` · ${escape(event.city)}` : ""}</span>${fallbackMark(event, locale)}</li>`,
  );
  return `<ul class="event-list">${items.join("")}</ul>`;
}

function articleList(articles: NonNullable<PageExtras["articles"]>, locale: string): string {
  const items = articles.map(
    (article) =>
      `<li>${link(article.path, article.title, langAttr(article, locale))} <span class="meta">${escape(formatDate(article.publicationDate, locale))}</span>${fallbackMark(article, locale)}${article.intro ? `<br>${inLanguage(article, locale, escape(article.intro))}` : ""}</li>`,
  );
  return `<ul class="article-list">${items.join("")}</ul>`;
}

function homeExtras(page: Page, extras: PageExtras, locale: string): string {
  const base = `/${locale}`;
  return `<nav class="home-links"><p>
  <a class="button" href="${base}/directory/">${escape(t(locale, "directory"))}</a>
  <a class="button" href="${base}/search/">${escape(t(locale, "search"))}</a>
  <a class="button" href="${base}/calendar/">${escape(t(locale, "calendar"))}</a>
</p></nav>
${renderBlocks(page.body)}
<h2>${escape(t(locale, "latestArticles"))}</h2>
${articleList(extras.articles ?? [], locale)}
<h2>${escape(t(locale, "upcomingEvents"))}</h2>
${eventList(extras.events ?? [], locale)}`;
}

function eventDetails(page: EventPage, locale: string): string {
  const venue = [page.venueName, page.address, page.city].filter(Boolean).map(escape).join(", ");
  const facts = dl(locale, [
    ["when", escape(formatEventRange(page, locale))],
    ["venue", venue],
    ["online", page.onlineUrl ? link(page.onlineUrl, page.onlineUrl) : ""],
    ["register", page.registrationUrl ? link(page.registrationUrl, page.registrationUrl) : ""],
    ["organiser", escape(page.organiser)],
  ]);
  const status = page.status !== "SCHEDULED" ? `<p class="notice">${escape(humanize(page.status))}</p>` : "";
  const summary = page.englishSummary
    ? `<section class="english-summary"><h2>${escape(t(locale, "englishSummary"))}</h2><p lang="en">${escape(page.englishSummary)}</p></section>`
    : "";
  return `${status}${facts}${renderBlocks(page.body)}${summary}`;
}

/** The part of <main> specific to the page's type (below the title and intro). */
function pageContent(page: Page, extras: PageExtras, locale: string): string {
  switch (page.__typename) {
    case "HomePage":
      return homeExtras(page, extras, locale);
    case "ArticleIndexPage":
      return `${renderBlocks(page.body)}${articleList(extras.articles ?? [], locale)}`;
    case "ArticlePage": {
      const authors = page.authors
        .map((a) => escape(a.organisation ? `${a.name} (${a.organisation})` : a.name))
        .join(", ");
      const facts = dl(locale, [
        ["published", escape(formatDate(page.publicationDate, locale))],
        ["authors", authors],
        ["topics", page.topics.map((topic) => escape(topic.name)).join(", ")],
      ]);
      const hero = page.heroImage ? `<figure>${renderImage(page.heroImage, "")}</figure>` : "";
      return `${facts}${hero}${renderBlocks(page.body)}`;
    }
    case "PolicyRecommendationIndexPage": {
      const items = (extras.policyRecommendations ?? []).map(
        (rec) =>
          `<li>${rec.number != null ? `<strong>${rec.number}.</strong> ` : ""}${link(rec.path, rec.title, langAttr(rec, locale))}${rec.group ? ` <span class="meta">${escape(rec.group.name)}</span>` : ""}${fallbackMark(rec, locale)}</li>`,
      );
      return `${renderBlocks(page.body)}<ul class="recommendation-list">${items.join("")}</ul>`;
    }
    case "PolicyRecommendationPage": {
      const facts = dl(locale, [
        ["recommendation", page.number != null ? escape(page.number) : ""],
        ["group", escape(page.group?.name ?? "")],
        ["summary", escape(page.summary)],
        ["targetAudience", escape(page.targetAudience)],
        ["governanceLevels", page.governanceLevels.map((level) => escape(humanize(level))).join(", ")],
      ]);
      return `${facts}${renderBlocks(page.body)}`;
    }
    case "TeachingMaterialIndexPage": {
      const items = (extras.teachingMaterials ?? []).map(
        (material) =>
          `<li>${link(material.path, material.title, langAttr(material, locale))} <span class="meta">${escape(humanize(material.resourceType))} · ${escape(humanize(material.educationalLevel))}</span>${fallbackMark(material, locale)}${material.intro ? `<br>${inLanguage(material, locale, escape(material.intro))}` : ""}</li>`,
      );
      return `${renderBlocks(page.body)}<ul class="material-list">${items.join("")}</ul>`;
    }
    case "TeachingMaterialPage": {
      const files = page.files
        .map(
          (file) =>
            `<li>${documentLink(file.document, file.document.title)} <span class="meta">${escape([file.language, file.edition].filter(Boolean).join(" · "))}</span></li>`,
        )
        .join("");
      const facts = dl(locale, [
        ["resourceType", escape(humanize(page.resourceType))],
        ["level", escape(humanize(page.educationalLevel))],
        ["licence", escape(page.licence)],
        ["files", files ? `<ul class="files">${files}</ul>` : ""],
      ]);
      return `${facts}${renderBlocks(page.body)}`;
    }
    case "EventIndexPage":
      return `${renderBlocks(page.body)}
<h2>${escape(t(locale, "upcomingEvents"))}</h2>
${eventList(extras.events ?? [], locale)}
<p><a href="/${escape(locale)}/calendar/">${escape(t(locale, "seeCalendar"))}</a></p>`;
    case "EventPage":
      return eventDetails(page, locale);
    default:
      return renderBlocks((page as Page).body);
  }
}

/** <main> of any page: title, fallback notice, intro, then what its type shows. */
export function renderPage(page: Page, extras: PageExtras, site: SiteContext): string {
  // A fallback is in another language than the rest of the document: say so for screen readers.
  const lang = page.locale !== site.locale ? ` lang="${escape(page.locale)}"` : "";
  return `<article class="page page-${escape(page.__typename)}"${lang}>
<h1>${escape(page.title)}</h1>
${fallbackNotice(page.locale, site)}
${page.intro ? `<p class="intro">${escape(page.intro)}</p>` : ""}
${pageContent(page, extras, site.locale)}
</article>`;
}

/** A language's name in the reader's language, e.g. `en` on a Swedish page: "engelska". */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "shown in English" (or another language) in the reader's language. The fallback chain may
 * pick another language than English (nb falls back to da first), so the text names it. */
function shownIn(
  shownLocale: string,
  locale: string,
  english: "fallbackNotice" | "shownInEnglish",
  other: "fallbackNoticeOther" | "shownInLanguage",
): string {
  if (shownLocale === "en") return t(locale, english);
  return t(locale, other).replace("{language}", languageName(shownLocale, locale));
}

/** Shown when the API answered in another locale than the one asked for. */
export function fallbackNotice(answeredLocale: string, site: SiteContext): string {
  if (answeredLocale === site.locale) return "";
  const text = shownIn(answeredLocale, site.locale, "fallbackNotice", "fallbackNoticeOther");
  return `<p class="fallback-notice" lang="${escape(site.locale)}">${escape(text)}</p>`;
}

/** ` lang="…"` for a listed item's own text when it is in another language than the page, so
 * screen readers pronounce it right; "" otherwise. */
export function langAttr(item: Localized, locale: string): string {
  return item.locale !== locale ? ` lang="${escape(item.locale)}"` : "";
}

/** A listed item's text (already HTML), marked with its language when that is not the page's. */
export function inLanguage(item: Localized, locale: string, html: string): string {
  const lang = langAttr(item, locale);
  return lang ? `<span${lang}>${html}</span>` : html;
}

/** The visible note on a listed item that comes from a fallback locale, in the page's language:
 * "visas på engelska" on a Swedish page. */
export function fallbackMark(item: Localized, locale: string): string {
  if (!item.isFallback) return "";
  const text = shownIn(item.locale, locale, "shownInEnglish", "shownInLanguage");
  return ` <span class="fallback-mark" lang="${escape(locale)}">${escape(text)}</span>`;
}

// ---------------------------------------------------------------------------------------------
// Directory entries

export function entryKindSegment(typename: DirectoryEntry["__typename"]): "enterprises" | "organisations" {
  return typename === "SocialEnterprise" ? "enterprises" : "organisations";
}

export function entryPath(locale: string, typename: DirectoryEntry["__typename"], slug: string): string {
  return `/${locale}/directory/${entryKindSegment(typename)}/${encodeURIComponent(slug)}/`;
}

export function renderEntry(entry: DirectoryEntry, site: SiteContext): string {
  const locale = site.locale;
  const kind = t(locale, entry.__typename === "SocialEnterprise" ? "entryTypeEnterprise" : "entryTypeOrganisation");
  const facts = dl(locale, [
    ["country", escape(entry.country.name)],
    ["city", escape(entry.city)],
    ["sectors", entry.sectors.map((sector) => escape(sector.name)).join(", ")],
    ["website", entry.website ? link(entry.website, entry.website) : ""],
  ]);
  const description = entry.description
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join("");
  const lang = entry.locale !== site.locale ? ` lang="${escape(entry.locale)}"` : "";
  return `<article class="entry"${lang}>
<p class="meta">${link(`/${locale}/directory/?kind=${entryKindSegment(entry.__typename)}`, kind)}</p>
<h1>${escape(entry.name)}</h1>
${fallbackNotice(entry.locale, site)}
<p class="intro">${escape(entry.shortDescription)}</p>
${facts}
${description}
</article>`;
}
