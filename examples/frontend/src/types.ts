// The shapes the views render. gql() results are typed from the schema (src/generated, by
// graphql-codegen) and must be assignable to these, so tsc catches any drift from the API.

import type { PageFieldsFragment } from "./generated/graphql.js";

export interface Locale {
  code: string;
  name: string;
  nativeName: string;
  isDefault: boolean;
}

export interface Rendition {
  url: string;
  width: number;
  height: number;
}

export interface Image {
  alt: string;
  rendition: Rendition;
}

export interface Document {
  title: string;
  url: string;
  fileExtension: string;
  fileSize: number | null;
}

export type Block =
  | { __typename: "RichTextBlock"; id: string; html: string }
  | { __typename: "HeadingBlock"; id: string; text: string; level: number }
  | { __typename: "ImageBlock"; id: string; alt: string; caption: string; image: Image | null }
  | { __typename: "QuoteBlock"; id: string; quote: string; attribution: string }
  | {
      __typename: "CallToActionBlock";
      id: string;
      title: string;
      text: string;
      buttonLabel: string;
      href: string | null;
    }
  | { __typename: "DocumentBlock"; id: string; label: string; document: Document | null }
  | { __typename: "EmbedBlock"; id: string; url: string }
  | {
      __typename: "FaqBlock";
      id: string;
      title: string;
      items: { question: string; answerHtml: string }[];
    }
  | { __typename: "KeyFigureBlock"; id: string; value: string; label: string; source: string }
  | { __typename: "TableBlock"; id: string; caption: string; header: string[]; rows: string[][] };

export interface Translation {
  locale: string;
  path: string;
}

/** Where a listed or looked-up object comes from: its own locale, or a fallback for the reader's. */
export interface Localized {
  locale: string;
  isFallback: boolean;
}

interface PageBase extends Localized {
  id: string;
  title: string;
  seoTitle: string;
  searchDescription: string;
  intro: string;
  urlPath: string;
  path: string;
  jsonLd: unknown;
  translations: (Translation & { urlPath: string })[];
  body: Block[];
}

export interface ArticlePage extends PageBase {
  __typename: "ArticlePage";
  publicationDate: string;
  authors: { name: string; organisation: string }[];
  topics: { name: string; slug: string }[];
  heroImage: Image | null;
}

export interface PolicyRecommendationPage extends PageBase {
  __typename: "PolicyRecommendationPage";
  number: number | null;
  summary: string;
  targetAudience: string;
  governanceLevels: string[];
  group: { name: string; slug: string } | null;
}

export interface TeachingMaterialPage extends PageBase {
  __typename: "TeachingMaterialPage";
  resourceType: string;
  educationalLevel: string;
  licence: string;
  files: { language: string; edition: string; document: Document }[];
}

export interface EventPage extends PageBase {
  __typename: "EventPage";
  allDay: boolean;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venueName: string;
  address: string;
  city: string;
  onlineUrl: string;
  registrationUrl: string;
  organiser: string;
  englishSummary: string;
  status: string;
}

// Every other kind of page, including kinds added to the CMS after this frontend was written:
// the generic view shows their lead and body until a view of their own is added.
export interface SimplePage extends PageBase {
  __typename: Exclude<
    PageFieldsFragment["__typename"],
    (ArticlePage | PolicyRecommendationPage | TeachingMaterialPage | EventPage)["__typename"]
  >;
}

export type Page = ArticlePage | PolicyRecommendationPage | TeachingMaterialPage | EventPage | SimplePage;

export interface DirectoryEntry extends Localized {
  __typename: "SocialEnterprise" | "SupportOrganisation";
  name: string;
  slug: string;
  shortDescription: string;
  description: string;
  city: string;
  website: string;
  jsonLd: unknown;
  country: { code: string; name: string };
  sectors: { slug: string; name: string }[];
  translations: { locale: string; slug: string }[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** An event as listed on the home and event index pages. */
export interface EventSummary extends Localized {
  title: string;
  path: string;
  startsAt: string;
  allDay: boolean;
  timeZone: string;
  city: string;
}
