// A minimal GraphQL client for the CMS: POST {CMS_URL}/graphql/ with {query, variables}.

export const CMS_URL = (process.env.CMS_URL ?? "http://127.0.0.1:8000").replace(/\/+$/, "");

/** The API answered with GraphQL errors: `code` is the first error's `extensions.code`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The CMS could not be reached or did not answer with GraphQL (down, proxy error...). */
export class CmsUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CmsUnavailableError";
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface RequestOptions {
  /** The visitor's address, so the CMS's per-address limits apply to visitors, not to us. */
  forwardedFor?: string;
}

/** An operation's text with the types of its result and variables (see queries.ts). */
export interface Operation<TResult, TVariables> {
  readonly source: string;
  /** Never set: carries the types for gql()'s inference. */
  readonly types?: { result: TResult; variables: TVariables };
}

export function operation<TResult, TVariables>(source: string): Operation<TResult, TVariables> {
  return { source };
}

export async function gql<T, V>(
  op: Operation<T, V>,
  variables: V,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    Accept: "application/json",
  };
  if (options.forwardedFor) headers["X-Forwarded-For"] = options.forwardedFor;
  const response = await cmsFetch("/graphql/", {
    method: "POST",
    headers,
    body: JSON.stringify({ query: op.source, variables }),
  });

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new CmsUnavailableError(`${CMS_URL}/graphql/ answered ${response.status} without JSON`);
  }
  // GraphQL errors may come with HTTP 200 or 4xx (e.g. validation, limits): report them as such.
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code ?? "UNKNOWN");
  }
  if (!response.ok || body.data == null) {
    throw new CmsUnavailableError(`${CMS_URL}/graphql/ answered ${response.status}`);
  }
  return body.data;
}

/** Fetch from the CMS (GraphQL, the iCalendar feed); CmsUnavailableError if it does not answer. */
export async function cmsFetch(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(`${CMS_URL}${path}`, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new CmsUnavailableError(`${CMS_URL} did not answer: ${(error as Error).message}`);
  }
}
