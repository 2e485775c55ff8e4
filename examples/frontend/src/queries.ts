// Every GraphQL operation the frontend sends. `npm run build` first runs graphql-codegen, which
// validates each one against ../../schema.graphql and writes the types of its result and
// variables to src/generated/graphql.ts; operation<Result, Variables>() ties them to the text, so
// gql() calls are typed end to end and a change in the API breaks the build, not the site.
// Fragments are not exported: they are only meaningful inside an operation.

import { operation } from "./api.js";
import type * as G from "./generated/graphql.js";

// One fragment renders every block type of a StreamField body (see render.ts).
const BLOCK_FIELDS = /* GraphQL */ `
  fragment BlockFields on Block {
    __typename
    id
    blockType
    ... on RichTextBlock { html }
    ... on HeadingBlock { text level }
    ... on ImageBlock {
      alt
      caption
      image { alt rendition(spec: "width-800") { url width height } }
    }
    ... on QuoteBlock { quote attribution }
    ... on CallToActionBlock { title text buttonLabel href }
    ... on DocumentBlock { label document { title url fileExtension fileSize } }
    ... on EmbedBlock { url }
    ... on FaqBlock { title items { question answerHtml } }
    ... on KeyFigureBlock { value label source }
    ... on TableBlock { caption header rows }
  }
`;

// Everything a page of any type needs to be rendered; shared by page() and preview().
const PAGE_FIELDS = /* GraphQL */ `
  fragment PageFields on Page {
    __typename
    id
    title
    seoTitle
    searchDescription
    intro
    urlPath
    path
    locale
    isFallback
    jsonLd
    translations { locale path urlPath }
    body { ...BlockFields }
    ... on ArticlePage {
      publicationDate
      authors { name organisation }
      topics { name slug }
      heroImage { alt rendition(spec: "width-800") { url width height } }
    }
    ... on PolicyRecommendationPage {
      number
      summary
      targetAudience
      governanceLevels
      group { name slug }
    }
    ... on TeachingMaterialPage {
      resourceType
      educationalLevel
      licence
      files { language edition document { title url fileExtension fileSize } }
    }
    ... on EventPage {
      allDay
      timeZone
      startsAt
      endsAt
      venueName
      address
      city
      onlineUrl
      registrationUrl
      organiser
      englishSummary
      status
    }
  }
  ${BLOCK_FIELDS}
`;

// Everything a directory entry's detail page needs; shared by the detail queries and preview().
const ENTRY_FIELDS = /* GraphQL */ `
  fragment EntryFields on DirectoryEntry {
    __typename
    name
    slug
    locale
    isFallback
    shortDescription
    description
    city
    website
    jsonLd
    country { code name }
    sectors { slug name }
    translations { locale slug }
  }
`;

/** Locales in the CMS's order and the library page for the header's nav. */
export const LAYOUT_QUERY = operation<G.LayoutQuery, G.LayoutQueryVariables>(/* GraphQL */ `
  query Layout($locale: String!) {
    locales { code name nativeName isDefault }
    library: pages(locale: $locale, contentType: ARTICLE_INDEX, pagination: { limit: 1 }) {
      results { title path }
    }
  }
`);

/** The page at a path (the API falls back to other locales; `locale` says which answered). */
export const PAGE_QUERY = operation<G.PageQuery, G.PageQueryVariables>(/* GraphQL */ `
  query Page($urlPath: String!, $locale: String!) {
    page(urlPath: $urlPath, locale: $locale) { ...PageFields }
  }
  ${PAGE_FIELDS}
`);

/** The home page's latest articles and next events. */
export const HOME_LISTS_QUERY = operation<G.HomeListsQuery, G.HomeListsQueryVariables>(/* GraphQL */ `
  query HomeLists($locale: String!, $now: DateTime!) {
    articles(locale: $locale, pagination: { limit: 5 }) {
      results { title path publicationDate locale isFallback }
    }
    events(locale: $locale, startsAfter: $now, pagination: { limit: 5 }) {
      results { title path startsAt allDay timeZone city locale isFallback }
    }
  }
`);

export const ARTICLES_QUERY = operation<G.ArticlesQuery, G.ArticlesQueryVariables>(/* GraphQL */ `
  query Articles($locale: String!) {
    articles(locale: $locale, pagination: { limit: 50 }) {
      totalCount
      results { title path intro publicationDate locale isFallback }
    }
  }
`);

export const POLICY_RECOMMENDATIONS_QUERY = operation<G.PolicyRecommendationsQuery, G.PolicyRecommendationsQueryVariables>(/* GraphQL */ `
  query PolicyRecommendations($locale: String!) {
    policyRecommendations(locale: $locale, pagination: { limit: 100 }) {
      totalCount
      results { title path number group { name } locale isFallback }
    }
  }
`);

export const TEACHING_MATERIALS_QUERY = operation<G.TeachingMaterialsQuery, G.TeachingMaterialsQueryVariables>(/* GraphQL */ `
  query TeachingMaterials($locale: String!) {
    teachingMaterials(locale: $locale, pagination: { limit: 50 }) {
      totalCount
      results { title path intro resourceType educationalLevel locale isFallback }
    }
  }
`);

export const UPCOMING_EVENTS_QUERY = operation<G.UpcomingEventsQuery, G.UpcomingEventsQueryVariables>(/* GraphQL */ `
  query UpcomingEvents($locale: String!, $now: DateTime!) {
    events(locale: $locale, startsAfter: $now, pagination: { limit: 50 }) {
      totalCount
      results { title path startsAt allDay timeZone city locale isFallback }
    }
  }
`);

/** Every occurrence in a range, repeating events expanded. */
export const CALENDAR_QUERY = operation<G.CalendarQuery, G.CalendarQueryVariables>(/* GraphQL */ `
  query Calendar($locale: String!, $startsAfter: DateTime!, $startsBefore: DateTime!) {
    calendar(locale: $locale, startsAfter: $startsAfter, startsBefore: $startsBefore) {
      startsAt
      endsAt
      event { title path allDay timeZone locale isFallback }
    }
  }
`);

// Each select counts with every filter but its own ("disjunctive" facets), so choosing Latvia
// still shows how many entries the other countries have. Aliases fetch the three in one request;
// the API counts only the facets a query selects.
export const ENTERPRISES_QUERY = operation<G.EnterprisesQuery, G.EnterprisesQueryVariables>(/* GraphQL */ `
  query Enterprises($locale: String!, $filter: SocialEnterpriseFilter, $anyCountry: SocialEnterpriseFilter, $anySector: SocialEnterpriseFilter, $offset: Int!) {
    listing: socialEnterprises(locale: $locale, filter: $filter, pagination: { offset: $offset, limit: 20 }) {
      totalCount
      results { name slug shortDescription city country { code name } locale isFallback }
    }
    byCountry: socialEnterprises(locale: $locale, filter: $anyCountry, pagination: { limit: 0 }) {
      facets { countries { value label count } }
    }
    bySector: socialEnterprises(locale: $locale, filter: $anySector, pagination: { limit: 0 }) {
      facets { sectors { value label count } }
    }
  }
`);

export const ORGANISATIONS_QUERY = operation<G.OrganisationsQuery, G.OrganisationsQueryVariables>(/* GraphQL */ `
  query Organisations($locale: String!, $filter: SupportOrganisationFilter, $anyCountry: SupportOrganisationFilter, $anySector: SupportOrganisationFilter, $offset: Int!) {
    listing: supportOrganisations(locale: $locale, filter: $filter, pagination: { offset: $offset, limit: 20 }) {
      totalCount
      results { name slug shortDescription city country { code name } locale isFallback }
    }
    byCountry: supportOrganisations(locale: $locale, filter: $anyCountry, pagination: { limit: 0 }) {
      facets { countries { value label count } }
    }
    bySector: supportOrganisations(locale: $locale, filter: $anySector, pagination: { limit: 0 }) {
      facets { sectors { value label count } }
    }
  }
`);

export const ENTERPRISE_QUERY = operation<G.EnterpriseQuery, G.EnterpriseQueryVariables>(/* GraphQL */ `
  query Enterprise($slug: String!, $locale: String!) {
    entry: socialEnterprise(slug: $slug, locale: $locale) { ...EntryFields }
  }
  ${ENTRY_FIELDS}
`);

export const ORGANISATION_QUERY = operation<G.OrganisationQuery, G.OrganisationQueryVariables>(/* GraphQL */ `
  query Organisation($slug: String!, $locale: String!) {
    entry: supportOrganisation(slug: $slug, locale: $locale) { ...EntryFields }
  }
  ${ENTRY_FIELDS}
`);

export const SEARCH_QUERY = operation<G.SearchQuery, G.SearchQueryVariables>(/* GraphQL */ `
  query Search($query: String!, $locale: String!, $offset: Int!) {
    search(query: $query, locale: $locale, pagination: { offset: $offset, limit: 20 }) {
      totalCount
      results {
        highlight
        item {
          __typename
          ... on Page { title path locale isFallback }
          ... on DirectoryEntry { name slug locale isFallback }
        }
      }
    }
  }
`);

/** The draft a preview token names: a page or a directory entry. */
export const PREVIEW_QUERY = operation<G.PreviewQuery, G.PreviewQueryVariables>(/* GraphQL */ `
  query Preview($token: String!) {
    preview(token: $token) {
      ...PageFields
      ...EntryFields
    }
  }
  ${PAGE_FIELDS}
  ${ENTRY_FIELDS}
`);

export const SUBMIT_DIRECTORY_ENTRY = operation<G.SubmitDirectoryEntryMutation, G.SubmitDirectoryEntryMutationVariables>(/* GraphQL */ `
  mutation SubmitDirectoryEntry($entry: DirectoryEntrySubmission!) {
    submitDirectoryEntry(entry: $entry) {
      accepted
      errors { field message }
    }
  }
`);

/** The choices of the submission form. */
export const SUBMISSION_FORM_QUERY = operation<G.SubmissionFormQuery, G.SubmissionFormQueryVariables>(/* GraphQL */ `
  query SubmissionForm($locale: String!) {
    countries(locale: $locale) { code name }
    sectors(locale: $locale) { slug name }
  }
`);
