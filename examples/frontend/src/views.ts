// The <main> of the routes that are not CMS pages: directory, calendar, search, submission form.

import type { DirectoryKind } from "./generated/graphql.js";
import { t } from "./i18n.js";
import { entryPath, escape, fallbackMark, inLanguage, langAttr, type SiteContext } from "./render.js";
import type { FacetValue, Localized } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Shared bits

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escape(value)}"${selected ? " selected" : ""}>${escape(label)}</option>`;
}

/** Previous/next links that keep the other query parameters. */
function pagination(base: string, params: URLSearchParams, page: number, hasNext: boolean, locale: string): string {
  const at = (n: number) => {
    const copy = new URLSearchParams(params);
    if (n > 1) copy.set("page", String(n));
    else copy.delete("page");
    const query = copy.toString();
    return escape(query ? `${base}?${query}` : base);
  };
  const prev = page > 1 ? `<a rel="prev" href="${at(page - 1)}">${escape(t(locale, "previous"))}</a>` : "";
  const next = hasNext ? `<a rel="next" href="${at(page + 1)}">${escape(t(locale, "next"))}</a>` : "";
  return prev || next ? `<nav class="pagination">${prev}${next}</nav>` : "";
}

function count(total: number, locale: string): string {
  // The language's plural rules decide: Latvian "21 rezultāts", Polish "3 wyniki", "5 wyników".
  const category = new Intl.PluralRules(locale).select(total);
  const word = category === "one" ? "result" : category === "few" ? "resultsFew" : "results";
  return `<p class="result-count"><strong>${total}</strong> ${escape(t(locale, word))}</p>`;
}

// ---------------------------------------------------------------------------------------------
// Directory listing

export type DirectoryKindSegment = "enterprises" | "organisations";

export interface DirectoryParams {
  kind: DirectoryKindSegment;
  country: string;
  sector: string;
  q: string;
  page: number;
}

export interface DirectoryListing {
  totalCount: number;
  results: (Localized & { name: string; slug: string; shortDescription: string; city: string; country: { name: string } })[];
  facets: { countries: FacetValue[]; sectors: FacetValue[] };
}

export const PAGE_SIZE = 20;

function facetSelect(name: string, allLabel: string, values: FacetValue[], current: string): string {
  // Keep the current choice visible even when it has no results left.
  const all = current && !values.some((v) => v.value === current) ? [...values, { value: current, label: current, count: 0 }] : values;
  const options = all.map((v) => option(v.value, `${v.label} (${v.count})`, v.value === current));
  return `<select name="${name}" id="filter-${name}">${option("", allLabel, !current)}${options.join("")}</select>`;
}

function directoryForm(params: DirectoryParams, listing: DirectoryListing, locale: string): string {
  const radio = (value: DirectoryKindSegment, label: string) =>
    `<label><input type="radio" name="kind" value="${value}"${params.kind === value ? " checked" : ""}> ${escape(label)}</label>`;
  return `<form class="directory-filters" method="get" action="/${escape(locale)}/directory/">
  <fieldset>${radio("enterprises", t(locale, "enterprises"))}${radio("organisations", t(locale, "organisations"))}</fieldset>
  <label for="filter-country">${escape(t(locale, "country"))}</label>
  ${facetSelect("country", t(locale, "allCountries"), listing.facets.countries, params.country)}
  <label for="filter-sector">${escape(t(locale, "sector"))}</label>
  ${facetSelect("sector", t(locale, "allSectors"), listing.facets.sectors, params.sector)}
  <label for="filter-q">${escape(t(locale, "searchTerm"))}</label>
  <input type="search" name="q" id="filter-q" value="${escape(params.q)}">
  <div><button type="submit">${escape(t(locale, "filter"))}</button></div>
</form>`;
}

export function directoryMain(params: DirectoryParams, listing: DirectoryListing, query: URLSearchParams, site: SiteContext): string {
  const locale = site.locale;
  const typename = params.kind === "enterprises" ? "SocialEnterprise" : "SupportOrganisation";
  const items = listing.results.map((entry) => {
    const where = [entry.city, entry.country.name].filter(Boolean).join(", ");
    return `<li><a href="${escape(entryPath(locale, typename, entry.slug))}"${langAttr(entry, locale)}>${escape(entry.name)}</a> <span class="meta">${escape(where)}</span>${fallbackMark(entry, locale)}<br>${inLanguage(entry, locale, escape(entry.shortDescription))}</li>`;
  });
  const results = items.length
    ? `<ul class="directory-results">${items.join("")}</ul>`
    : `<ul class="directory-results"></ul><p>${escape(t(locale, "noResults"))}</p>`;
  const hasNext = params.page * PAGE_SIZE < listing.totalCount;
  return `<h1>${escape(t(locale, params.kind))}</h1>
${directoryForm(params, listing, locale)}
${count(listing.totalCount, locale)}
${results}
${pagination(`/${locale}/directory/`, query, params.page, hasNext, locale)}
<p><a href="/${escape(locale)}/directory/submit/">${escape(t(locale, "proposeEntry"))}</a></p>`;
}

// ---------------------------------------------------------------------------------------------
// Calendar

export interface CalendarEntry {
  startsAt: string;
  endsAt: string;
  event: Localized & { title: string; path: string; allDay: boolean; timeZone: string };
}

export interface Month {
  year: number;
  /** 1-12 */
  month: number;
}

export function monthKey({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday: the grid starts on Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

function occurrenceLink(entry: CalendarEntry, day: string, locale: string): string {
  const starts = entry.startsAt.slice(0, 10) === day;
  // startsAt is in the event's time zone, so its text already holds the venue's wall-clock time.
  const time = starts && !entry.event.allDay ? `${entry.startsAt.slice(11, 16)} ` : "";
  const className = starts ? "calendar-event" : "calendar-event continued";
  const title = inLanguage(entry.event, locale, escape(entry.event.title));
  return `<a class="${className}" href="${escape(entry.event.path)}">${escape(time)}${title}${fallbackMark(entry.event, locale)}</a>`;
}

/** The venue's dates an occurrence covers, e.g. a two-day conference shows on both days. */
function venueDays(entry: CalendarEntry): string[] {
  const start = entry.startsAt.slice(0, 10);
  const ends = new Date(`${entry.endsAt.slice(0, 10)}T00:00:00Z`);
  // Ending at midnight means ending with the day before.
  if (entry.endsAt.slice(11, 16) === "00:00" && entry.endsAt.slice(0, 10) > start) ends.setUTCDate(ends.getUTCDate() - 1);
  const last = ends.toISOString().slice(0, 10);
  const days: string[] = [];
  // A runaway range (bad data) stops after two months: the grid shows one.
  for (const day = new Date(`${start}T00:00:00Z`); days.length < 62; day.setUTCDate(day.getUTCDate() + 1)) {
    const key = day.toISOString().slice(0, 10);
    days.push(key);
    if (key >= last) break;
  }
  return days;
}

function monthGrid(month: Month, entries: CalendarEntry[], locale: string): string {
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    for (const day of venueDays(entry)) byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  }
  const first = new Date(Date.UTC(month.year, month.month - 1, 1));
  const daysInMonth = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  const leading = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: string[] = [];
  for (let i = 0; i < leading; i++) cells.push(`<td class="other-month"></td>`);
  for (let day = 1; day <= daysInMonth; day++) {
    const key = `${monthKey(month)}-${String(day).padStart(2, "0")}`;
    const events = (byDay.get(key) ?? []).map((entry) => occurrenceLink(entry, key, locale)).join("");
    cells.push(`<td><span class="day">${day}</span>${events}</td>`);
  }
  while (cells.length % 7) cells.push(`<td class="other-month"></td>`);
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(`<tr>${cells.slice(i, i + 7).join("")}</tr>`);
  const head = weekdayNames(locale).map((name) => `<th scope="col">${escape(name)}</th>`).join("");
  return `<table class="calendar-month"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function calendarMain(month: Month, entries: CalendarEntry[], site: SiteContext): string {
  const locale = site.locale;
  const title = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(month.year, month.month - 1, 1)),
  );
  const base = `/${escape(locale)}/calendar/`;
  return `<h1>${escape(t(locale, "calendar"))}: ${escape(title)}</h1>
<nav class="pagination">
  <a rel="prev" href="${base}?month=${monthKey(addMonths(month, -1))}">← ${escape(t(locale, "previousMonth"))}</a>
  <a rel="next" href="${base}?month=${monthKey(addMonths(month, 1))}">${escape(t(locale, "nextMonth"))} →</a>
</nav>
${monthGrid(month, entries, locale)}
<p><a class="ical-download" href="/${escape(locale)}/calendar.ics">${escape(t(locale, "downloadIcal"))}</a></p>`;
}

// ---------------------------------------------------------------------------------------------
// Search

export interface SearchResults {
  totalCount: number;
  results: {
    highlight: string;
    item: Localized & { __typename: string; title?: string; path?: string; name?: string; slug?: string };
  }[];
}

function hitLink(item: SearchResults["results"][number]["item"], locale: string): string {
  const lang = langAttr(item, locale);
  if (item.path) return `<a href="${escape(item.path)}"${lang}>${escape(item.title)}</a>`;
  const typename = item.__typename === "SupportOrganisation" ? "SupportOrganisation" : "SocialEnterprise";
  return `<a href="${escape(entryPath(locale, typename, item.slug ?? ""))}"${lang}>${escape(item.name)}</a>`;
}

export function searchMain(q: string, page: number, found: SearchResults | null, query: URLSearchParams, site: SiteContext): string {
  const locale = site.locale;
  const form = `<form class="search-form" method="get" action="/${escape(locale)}/search/">
  <label for="search-q">${escape(t(locale, "searchTerm"))}</label>
  <input type="search" name="q" id="search-q" value="${escape(q)}">
  <button type="submit">${escape(t(locale, "search"))}</button>
</form>`;
  if (!found) return `<h1>${escape(t(locale, "search"))}</h1>\n${form}`;
  // highlight is HTML from the CMS (escaped text with <mark> around matches).
  const items = found.results.map(
    (hit) =>
      `<li>${hitLink(hit.item, locale)}${fallbackMark(hit.item, locale)}<br><span class="highlight"${langAttr(hit.item, locale)}>${hit.highlight}</span></li>`,
  );
  const hasNext = page * PAGE_SIZE < found.totalCount;
  return `<h1>${escape(t(locale, "searchResults"))}</h1>
${form}
${count(found.totalCount, locale)}
<ul class="search-results">${items.join("")}</ul>
${found.totalCount ? "" : `<p>${escape(t(locale, "noResults"))}</p>`}
${pagination(`/${locale}/search/`, query, page, hasNext, locale)}`;
}

// ---------------------------------------------------------------------------------------------
// Submission form

export interface SubmissionChoices {
  countries: { code: string; name: string }[];
  sectors: { slug: string; name: string }[];
}

/** What the visitor typed, kept when the form comes back with errors. */
export interface SubmissionValues {
  kind: DirectoryKind;
  name: string;
  shortDescription: string;
  country: string;
  contactName: string;
  contactEmail: string;
  description: string;
  city: string;
  website: string;
  sectors: string[];
  homepage: string;
}

export function emptySubmission(): SubmissionValues {
  return {
    kind: "SOCIAL_ENTERPRISE",
    name: "",
    shortDescription: "",
    country: "",
    contactName: "",
    contactEmail: "",
    description: "",
    city: "",
    website: "",
    sectors: [],
    homepage: "",
  };
}

export function submissionFromForm(form: URLSearchParams): SubmissionValues {
  const values = emptySubmission();
  for (const key of Object.keys(values) as (keyof SubmissionValues)[]) {
    if (key === "sectors") values.sectors = form.getAll("sectors").filter(Boolean);
    else if (key === "kind") values.kind = form.get("kind") === "SUPPORT_ORGANISATION" ? "SUPPORT_ORGANISATION" : "SOCIAL_ENTERPRISE";
    else values[key] = form.get(key) ?? "";
  }
  return values;
}

export function submissionMain(
  values: SubmissionValues,
  choices: SubmissionChoices,
  errors: { field: string; message: string }[],
  message: string,
  site: SiteContext,
): string {
  const locale = site.locale;
  const fieldErrors = (field: string) =>
    errors
      .filter((error) => error.field === field)
      .map((error) => `<p class="field-error" data-field="${escape(field)}">${escape(error.message)}</p>`)
      .join("");
  const label = (field: string, key: Parameters<typeof t>[1], required = false) =>
    `<label for="f-${field}">${escape(t(locale, key))}${required ? " *" : ""}</label>`;
  const input = (field: keyof SubmissionValues, key: Parameters<typeof t>[1], type = "text", required = false) =>
    `${label(field, key, required)}<input type="${type}" name="${field}" id="f-${field}" value="${escape(values[field])}"${required ? " required" : ""}>${fieldErrors(field)}`;
  // Errors the API reports for fields this form does not show still need to be seen.
  const shown = new Set(["kind", ...Object.keys(values)]);
  const otherErrors = errors
    .filter((error) => !shown.has(error.field))
    .map((error) => `<p class="field-error" data-field="${escape(error.field)}">${escape(error.message)}</p>`)
    .join("");

  const kinds = [
    option("SOCIAL_ENTERPRISE", t(locale, "kindEnterprise"), values.kind === "SOCIAL_ENTERPRISE"),
    option("SUPPORT_ORGANISATION", t(locale, "kindOrganisation"), values.kind === "SUPPORT_ORGANISATION"),
  ].join("");
  const countries = choices.countries.map((c) => option(c.code, c.name, c.code === values.country)).join("");
  const sectors = choices.sectors.map((s) => option(s.slug, s.name, values.sectors.includes(s.slug))).join("");

  return `<h1>${escape(t(locale, "submitTitle"))}</h1>
<p>${escape(t(locale, "submitIntro"))}</p>
${message ? `<p class="notice" role="alert">${escape(message)}</p>` : ""}
${otherErrors}
<form class="submission-form" method="post" novalidate action="/${escape(locale)}/directory/submit/">
  ${label("kind", "kind", true)}<select name="kind" id="f-kind">${kinds}</select>${fieldErrors("kind")}
  ${input("name", "name", "text", true)}
  ${input("shortDescription", "shortDescription", "text", true)}
  ${label("country", "country", true)}<select name="country" id="f-country" required>${option("", t(locale, "chooseCountry"), !values.country)}${countries}</select>${fieldErrors("country")}
  ${input("city", "city")}
  ${input("website", "website", "url")}
  ${label("sectors", "sectors")}<select name="sectors" id="f-sectors" multiple size="6">${sectors}</select>${fieldErrors("sectors")}
  ${label("description", "description")}<textarea name="description" id="f-description" rows="6">${escape(values.description)}</textarea>${fieldErrors("description")}
  ${input("contactName", "contactName", "text", true)}
  ${input("contactEmail", "contactEmail", "email", true)}
  <div class="visually-hidden" aria-hidden="true">
    <label for="f-homepage">Homepage</label>
    <input type="text" name="homepage" id="f-homepage" value="${escape(values.homepage)}" tabindex="-1" autocomplete="off">
  </div>
  <button type="submit">${escape(t(locale, "submit"))}</button>
</form>`;
}

export function submissionAcceptedMain(site: SiteContext): string {
  const locale = site.locale;
  return `<h1>${escape(t(locale, "submitTitle"))}</h1>
<p class="submission-accepted">${escape(t(locale, "submissionAccepted"))}</p>
<p><a href="/${escape(locale)}/directory/">${escape(t(locale, "directory"))}</a></p>`;
}
