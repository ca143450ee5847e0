import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem } from './problem';
import type { paths } from './schema';
import { CSRF_HEADER, sessionStore } from '../auth/session-store';

/** The session travels in its HttpOnly cookie, which the browser sends by itself; changes also need the CSRF token. */
const withSession: Middleware = {
  onRequest({ request }) {
    const csrfToken = sessionStore.csrfToken();
    if (csrfToken) request.headers.set(CSRF_HEADER, csrfToken);
    return request;
  },
  onResponse({ response }) {
    // Any 401 means the session is gone (expired, revoked or the user disabled): back to sign-in.
    if (response.status === 401 && sessionStore.current()) sessionStore.expire();
    return response;
  },
};

/** The typed API client: paths, parameters and bodies are checked against the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(withSession);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an API call and returns its body, or throws the server's problem (or an offline problem). */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (cause) {
    throw ApiProblem.offline(cause);
  }
  if (!answer.response.ok) throw new ApiProblem(answer.response.status, answer.error);
  return answer.data as T;
}
