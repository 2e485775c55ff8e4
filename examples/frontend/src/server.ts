// The example frontend: node:http, one handler per route, everything from the CMS's GraphQL API.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { ApiError, CMS_URL, CmsUnavailableError, cmsFetch, gql } from "./api.js";
import { t } from "./i18n.js";
import * as Q from "./queries.js";
import {
  entryPath,
  escape,
  layout,
  messageMain,
  renderEntry,
  renderPage,
  type LayoutOptions,
  type PageExtras,
  type SiteContext,
} from "./render.js";
import type { DirectoryEntry, Locale, Page } from "./types.js";
import {
  PAGE_SIZE,
  calendarMain,
  directoryMain,
  emptySubmission,
  searchMain,
  submissionAcceptedMain,
  submissionFromForm,
  submissionMain,
  type DirectoryListing,
  type DirectoryParams,
  type Month,
  type SearchResults,
  type SubmissionChoices,
  type SubmissionValues,
} from "./views.js";

const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? "127.0.0.1";
const DEFAULT_LOCALE = "en";

interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  site: SiteContext;
  /** The path after the locale, e.g. `/library/impact/`. */
  rest: string;
}

// ---------------------------------------------------------------------------------------------
// Responses

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { Location: location });
  res.end();
}

function html(r: RouteContext, status: number, options: LayoutOptions, headers: Record<string, string> = {}): void {
  send(r.res, status, layout(r.site, options), headers);
}

/** Every locale links to this same route in that locale, query string included. */
function sameRouteSwitcher(r: RouteContext): Record<string, string> {
  const links: Record<string, string> = {};
  for (const locale of r.site.locales) links[locale.code] = `/${locale.code}${r.rest}${r.url.search}`;
  return links;
}

function notFound(r: RouteContext): void {
  const locale = r.site.locale;
  html(r, 404, {
    title: t(locale, "notFoundTitle"),
    main: messageMain(t(locale, "notFoundTitle"), t(locale, "notFoundText")),
    switcher: {},
  });
}

/** The CMS is down or answered with an error we cannot show as a page. */
function cmsError(res: ServerResponse, site: SiteContext, error: Error): void {
  const locale = site.locale;
  const text = t(locale, "cmsDownText").replace("{url}", CMS_URL);
  const detail = error instanceof ApiError ? `${error.code}: ${error.message}` : error.message;
  const main = `${messageMain(t(locale, "cmsDownTitle"), text)}\n<p class="meta">${escape(detail)}</p>`;
  send(res, 502, layout(site, { title: t(locale, "cmsDownTitle"), main, switcher: {} }));
}

// ---------------------------------------------------------------------------------------------
// The locales and the header's library link, cached briefly: every page needs them, they
// rarely change, and it saves one round trip to the CMS per request.

const SITE_TTL_MS = 60_000;
const siteCache = new Map<string, { expires: number; locales: Locale[]; libraryPath: string | null }>();

async function loadSite(locale: string): Promise<{ locales: Locale[]; libraryPath: string | null }> {
  const cached = siteCache.get(locale);
  if (cached && cached.expires > Date.now()) return cached;
  const data = await gql(Q.LAYOUT_QUERY, { locale });
  const entry = {
    expires: Date.now() + SITE_TTL_MS,
    locales: data.locales,
    libraryPath: data.library.results[0]?.path ?? null,
  };
  siteCache.set(locale, entry);
  return entry;
}

// ---------------------------------------------------------------------------------------------
// CMS pages

async function pageExtras(page: Page, locale: string): Promise<PageExtras> {
  const now = new Date().toISOString();
  switch (page.__typename) {
    case "HomePage": {
      const data = await gql(
        Q.HOME_LISTS_QUERY,
        { locale, now },
      );
      return { articles: data.articles.results, events: data.events.results };
    }
    case "ArticleIndexPage":
      return { articles: (await gql(Q.ARTICLES_QUERY, { locale })).articles.results };
    case "PolicyRecommendationIndexPage": {
      const data = await gql(
        Q.POLICY_RECOMMENDATIONS_QUERY,
        { locale },
      );
      return { policyRecommendations: data.policyRecommendations.results };
    }
    case "TeachingMaterialIndexPage": {
      const data = await gql(
        Q.TEACHING_MATERIALS_QUERY,
        { locale },
      );
      return { teachingMaterials: data.teachingMaterials.results };
    }
    case "EventIndexPage": {
      const data = await gql(Q.UPCOMING_EVENTS_QUERY, { locale, now });
      return { events: data.events.results };
    }
    default:
      return {};
  }
}

/** The language switcher of content that has versions of its own in some locales (`own`, by
 * locale code) and is served from a fallback in the others, at `fallbackPath(locale)`: every
 * locale is offered, those without their own version marked as such. */
function switcherFor(
  site: SiteContext,
  own: Record<string, string>,
  fallbackPath: (locale: string) => string,
): Pick<LayoutOptions, "switcher" | "untranslated"> {
  const switcher: Record<string, string> = {};
  const untranslated = new Set<string>();
  for (const { code } of site.locales) {
    switcher[code] = own[code] ?? fallbackPath(code);
    if (!own[code]) untranslated.add(code);
  }
  return { switcher, untranslated };
}

/** The default locale's version is the last resort of every fallback chain. */
function defaultLocale(site: SiteContext): string {
  return site.locales.find((locale) => locale.isDefault)?.code ?? DEFAULT_LOCALE;
}

/** The page's own versions by locale: the one shown and its translations. */
function pageVersions(page: Page): Record<string, { path: string; urlPath: string }> {
  // A fallback's `path` is in the reader's site (/sv/... for an English page); its own is not.
  const versions = { [page.locale]: { path: `/${page.locale}${page.urlPath}`, urlPath: page.urlPath } };
  for (const translation of page.translations) versions[translation.locale] = translation;
  return versions;
}

async function pageOptions(page: Page, site: SiteContext): Promise<LayoutOptions> {
  const extras = await pageExtras(page, site.locale);
  const versions = pageVersions(page);
  const own = Object.fromEntries(Object.entries(versions).map(([code, version]) => [code, version.path]));
  // A locale without the page serves its fallback at the fallback version's path, which is the
  // default locale's whenever there is one (page(urlPath, locale) looks the path up along the chain).
  const fallbackUrlPath = (versions[defaultLocale(site)] ?? versions[page.locale]).urlPath;
  return {
    title: page.seoTitle || page.title,
    description: page.searchDescription || page.intro,
    main: renderPage(page, extras, site),
    ...switcherFor(site, own, (code) => `/${code}${fallbackUrlPath}`),
    alternates: Object.entries(own).map(([locale, path]) => ({ locale, path })),
    jsonLd: page.jsonLd,
  };
}

async function cmsPage(r: RouteContext): Promise<void> {
  const data = await gql(Q.PAGE_QUERY, { urlPath: r.rest, locale: r.site.locale });
  if (!data.page) return notFound(r);
  html(r, 200, await pageOptions(data.page, r.site));
}

// ---------------------------------------------------------------------------------------------
// Directory

function entryOptions(entry: DirectoryEntry, site: SiteContext): LayoutOptions {
  const slugs: Record<string, string> = { [entry.locale]: entry.slug };
  for (const translation of entry.translations) slugs[translation.locale] = translation.slug;
  const own = Object.fromEntries(
    Object.entries(slugs).map(([code, slug]) => [code, entryPath(code, entry.__typename, slug)]),
  );
  const fallbackSlug = slugs[defaultLocale(site)] ?? entry.slug;
  return {
    title: entry.name,
    description: entry.shortDescription,
    main: renderEntry(entry, site),
    ...switcherFor(site, own, (code) => entryPath(code, entry.__typename, fallbackSlug)),
    alternates: Object.entries(own).map(([locale, path]) => ({ locale, path })),
    jsonLd: entry.jsonLd,
  };
}

async function directoryEntry(r: RouteContext, kind: "enterprises" | "organisations", slug: string): Promise<void> {
  const variables = { slug, locale: r.site.locale };
  const data =
    kind === "enterprises" ? await gql(Q.ENTERPRISE_QUERY, variables) : await gql(Q.ORGANISATION_QUERY, variables);
  if (!data.entry) return notFound(r);
  html(r, 200, entryOptions(data.entry, r.site));
}

function directoryParams(query: URLSearchParams): DirectoryParams {
  return {
    kind: query.get("kind") === "organisations" ? "organisations" : "enterprises",
    country: (query.get("country") ?? "").trim().toUpperCase(),
    sector: (query.get("sector") ?? "").trim(),
    q: (query.get("q") ?? "").trim(),
    page: Math.max(1, Number.parseInt(query.get("page") ?? "1", 10) || 1),
  };
}

async function directoryList(r: RouteContext): Promise<void> {
  const params = directoryParams(r.url.searchParams);
  const filter = {
    countries: params.country ? [params.country] : null,
    sectors: params.sector ? [params.sector] : null,
    search: params.q || null,
  };
  const variables = {
    locale: r.site.locale,
    filter,
    anyCountry: { ...filter, countries: null },
    anySector: { ...filter, sectors: null },
    offset: (params.page - 1) * PAGE_SIZE,
  };
  const data =
    params.kind === "enterprises"
      ? await gql(Q.ENTERPRISES_QUERY, variables)
      : await gql(Q.ORGANISATIONS_QUERY, variables);
  const listing: DirectoryListing = {
    ...data.listing,
    facets: { countries: data.byCountry.facets.countries, sectors: data.bySector.facets.sectors },
  };
  html(r, 200, {
    title: t(r.site.locale, params.kind),
    main: directoryMain(params, listing, r.url.searchParams, r.site),
    switcher: sameRouteSwitcher(r),
  });
}

// ---------------------------------------------------------------------------------------------
// Submission form

async function submissionChoices(locale: string): Promise<SubmissionChoices> {
  return gql(Q.SUBMISSION_FORM_QUERY, { locale });
}

async function showSubmissionForm(
  r: RouteContext,
  status: number,
  values: SubmissionValues,
  errors: { field: string; message: string }[] = [],
  message = "",
): Promise<void> {
  const choices = await submissionChoices(r.site.locale);
  html(r, status, {
    title: t(r.site.locale, "submitTitle"),
    main: submissionMain(values, choices, errors, message, r.site),
    switcher: sameRouteSwitcher(r),
  });
}

function readBody(req: IncomingMessage, limit = 100_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > limit) {
        reject(new Error("Request body too large"));
        req.destroy();
      }
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

/** The visitor's address as we see it: the CMS rate-limits submissions per address. */
function visitorAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
}

async function submitEntry(r: RouteContext): Promise<void> {
  const values = submissionFromForm(new URLSearchParams(await readBody(r.req)));
  const entry = { ...values, locale: r.site.locale };
  try {
    const data = await gql(
      Q.SUBMIT_DIRECTORY_ENTRY,
      { entry },
      { forwardedFor: visitorAddress(r.req) },
    );
    const result = data.submitDirectoryEntry;
    if (result.accepted) {
      return html(r, 200, { title: t(r.site.locale, "submitTitle"), main: submissionAcceptedMain(r.site), switcher: {} });
    }
    return showSubmissionForm(r, 400, values, result.errors, t(r.site.locale, "submissionFailed"));
  } catch (error) {
    // Refusals such as RATE_LIMITED or a validation error (e.g. an unknown kind) are shown
    // on the form; a CMS that is down still gives the 502 page.
    if (!(error instanceof ApiError)) throw error;
    const limited = error.code === "RATE_LIMITED";
    const message = limited ? t(r.site.locale, "rateLimited") : error.message;
    return showSubmissionForm(r, limited ? 429 : 400, values, [], message);
  }
}

async function submission(r: RouteContext): Promise<void> {
  if (r.req.method === "POST") return submitEntry(r);
  return showSubmissionForm(r, 200, emptySubmission());
}

// ---------------------------------------------------------------------------------------------
// Calendar

function parseMonth(value: string | null): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? "");
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    return { year: Number(match[1]), month: Number(match[2]) };
  }
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

async function calendar(r: RouteContext): Promise<void> {
  const month = parseMonth(r.url.searchParams.get("month"));
  // A day of margin on both sides: occurrences are placed on the venue's date, which can
  // differ from the UTC date near midnight. Those outside the month are not drawn.
  const start = new Date(Date.UTC(month.year, month.month - 1, 0));
  const end = new Date(Date.UTC(month.year, month.month, 2));
  const data = await gql(Q.CALENDAR_QUERY, {
    locale: r.site.locale,
    startsAfter: start.toISOString(),
    startsBefore: end.toISOString(),
  });
  html(r, 200, {
    title: t(r.site.locale, "calendar"),
    main: calendarMain(month, data.calendar, r.site),
    switcher: sameRouteSwitcher(r),
  });
}

/** The CMS's iCalendar feed for the locale, passed through. */
async function calendarFeed(r: RouteContext): Promise<void> {
  const upstream = await cmsFetch(`/events.ics?locale=${encodeURIComponent(r.site.locale)}`);
  const headers: Record<string, string> = { "Content-Type": "text/calendar; charset=utf-8" };
  for (const name of ["Content-Disposition", "Cache-Control"]) {
    const value = upstream.headers.get(name);
    if (value) headers[name] = value;
  }
  send(r.res, upstream.status, Buffer.from(await upstream.arrayBuffer()), headers);
}

// ---------------------------------------------------------------------------------------------
// Search

async function search(r: RouteContext): Promise<void> {
  const q = (r.url.searchParams.get("q") ?? "").trim();
  const page = Math.max(1, Number.parseInt(r.url.searchParams.get("page") ?? "1", 10) || 1);
  let found: SearchResults | null = null;
  if (q) {
    const data = await gql(Q.SEARCH_QUERY, {
      query: q,
      locale: r.site.locale,
      offset: (page - 1) * PAGE_SIZE,
    });
    found = data.search;
  }
  html(r, 200, {
    title: t(r.site.locale, "search"),
    main: searchMain(q, page, found, r.url.searchParams, r.site),
    switcher: sameRouteSwitcher(r),
  });
}

// ---------------------------------------------------------------------------------------------
// Preview: the CMS's admin Preview sends editors here with a signed token.

const PREVIEW_HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };
const PREVIEW_TOKEN_ERRORS = new Set(["PREVIEW_TOKEN_EXPIRED", "INVALID_PREVIEW_TOKEN"]);

async function previewSite(locale: string): Promise<SiteContext> {
  const { locales, libraryPath } = await loadSite(locale);
  return { locale, locales, libraryPath };
}

async function preview(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const token = url.searchParams.get("token") ?? "";
  let content: Page | DirectoryEntry | null = null;
  let failure: ApiError | null = null;
  try {
    content = (await gql(Q.PREVIEW_QUERY, { token })).preview;
  } catch (error) {
    if (!(error instanceof ApiError) || !PREVIEW_TOKEN_ERRORS.has(error.code)) throw error;
    failure = error;
  }
  if (!content) {
    const site = await previewSite(DEFAULT_LOCALE);
    const title = t(site.locale, "previewExpiredTitle");
    const main = `${messageMain(title, t(site.locale, "previewExpiredText"))}${failure ? `\n<p class="meta">${escape(failure.code)}: ${escape(failure.message)}</p>` : ""}`;
    return send(res, 403, layout(site, { title, main, switcher: {} }), PREVIEW_HEADERS);
  }
  const site = await previewSite(content.locale);
  const r: RouteContext = { req, res, url, site, rest: "" };
  const options = "name" in content ? entryOptions(content, site) : await pageOptions(content, site);
  const banner = `<div class="preview-banner">Preview</div>`;
  html(r, 200, { ...options, banner }, PREVIEW_HEADERS);
}

// ---------------------------------------------------------------------------------------------
// Routing

async function route(r: RouteContext): Promise<void> {
  const { rest } = r;
  if (rest === "/calendar.ics") return calendarFeed(r);
  // Wagtail paths end with a slash; so do ours.
  if (!rest.endsWith("/")) return redirect(r.res, `/${r.site.locale}${rest}/${r.url.search}`, 301);
  if (rest === "/calendar/") return calendar(r);
  if (rest === "/search/") return search(r);
  if (rest === "/directory/") return directoryList(r);
  if (rest === "/directory/submit/") return submission(r);
  const entry = /^\/directory\/(enterprises|organisations)\/([^/]+)\/$/.exec(rest);
  if (entry) return directoryEntry(r, entry[1] as "enterprises" | "organisations", decodeURIComponent(entry[2]));
  if (r.req.method !== "GET" && r.req.method !== "HEAD") {
    return send(r.res, 405, "Method not allowed", { Allow: "GET, HEAD", "Content-Type": "text/plain" });
  }
  return cmsPage(r);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://frontend.invalid");
  if (url.pathname === "/") return redirect(res, `/${DEFAULT_LOCALE}/`);
  if (url.pathname === "/api/preview") return preview(req, res, url);
  if (url.pathname === "/favicon.ico") return send(res, 404, "", { "Content-Type": "text/plain" });

  const [, first = "", ...more] = url.pathname.split("/");
  // Only known locale codes reach the cache, so arbitrary first segments cannot fill it.
  const { locales } = await loadSite(DEFAULT_LOCALE);
  const isLocale = locales.some((locale) => locale.code === first);
  const locale = isLocale ? first : DEFAULT_LOCALE;
  const { libraryPath } = await loadSite(locale);
  const site: SiteContext = { locale, locales, libraryPath };
  const r: RouteContext = { req, res, url, site, rest: `/${more.join("/")}` };
  if (!isLocale) return notFound(r);
  return route(r);
}

function localeOf(url: string | undefined): string {
  return /^\/([a-z]{2,3}(?:-[a-z0-9]+)?)\//i.exec(url ?? "")?.[1] ?? DEFAULT_LOCALE;
}

const server = createServer((req, res) => {
  const started = Date.now();
  res.on("finish", () => {
    console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
  });
  handle(req, res).catch((error: Error) => {
    if (res.headersSent) return res.end();
    // The CMS is down or failed: no locales to build the switcher from, so render without.
    const site: SiteContext = { locale: localeOf(req.url), locales: [], libraryPath: null };
    if (error instanceof CmsUnavailableError || error instanceof ApiError) return cmsError(res, site, error);
    console.error(error);
    const title = t(site.locale, "errorTitle");
    send(res, 500, layout(site, { title, main: `<h1>${escape(title)}</h1>`, switcher: {} }));
  });
});

server.listen(PORT, HOST, () => {
  console.log(`Baltic Commons frontend on http://${HOST}:${PORT}/ (CMS: ${CMS_URL})`);
});
