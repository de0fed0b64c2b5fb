import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { answerIncoming, type Answer, type ClientInfo, type Incoming } from './receiver.js';

type Handler = ((request: Request, client?: ClientInfo) => Promise<Response>) & {
  handles?(pathname: string): boolean;
  [answerIncoming]?: (request: Incoming, client?: ClientInfo) => Promise<Answer>;
};

/** Methods a fetch `Request` cannot be made with: refused alike, whether or not one is made. */
const NOT_FETCH_METHODS = /^(CONNECT|TRACE|TRACK)$/i;

const headersOf = (req: IncomingMessage) => {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  return headers;
};

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD';

/** Node's request as the receiver reads it: headers joined as `Headers.get` joins them, the body as it arrives. */
const incoming = (req: IncomingMessage, url: URL, method: string): Incoming => ({
  method,
  url,
  header: (name) => req.headersDistinct[name]?.join(', ') ?? null,
  body: hasBody(method) ? req : null,
  request: () => new Request(url, { method, headers: headersOf(req) }),
});

/** Node's request as a fetch `Request`, for a handler other than a receiver. */
const toRequest = (req: IncomingMessage, url: URL, method: string) =>
  new Request(url, {
    method,
    headers: headersOf(req),
    body: hasBody(method) ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);

/**
 * A `node:http` request listener (and Express middleware) around a fetch-style handler. As
 * middleware, paths the receiver does not answer go on to `next`. Mount it before any body parser:
 * it reads the body itself. A receiver is answered without a `Request` and a `Response` being made
 * for each post; any other handler gets them.
 */
export function toNodeListener(handler: Handler) {
  return (
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next?: (error?: unknown) => void,
  ): void => {
    const fail = (status: number, error: string) => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error }));
    };
    const send = (status: number, headers: Record<string, string>, body: string | Uint8Array | null) => {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' || body === null ? undefined : body);
    };
    const method = req.method ?? 'GET';
    const client = { address: req.socket.remoteAddress };
    let answered: Promise<void>;
    try {
      const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (next && handler.handles && !handler.handles(url.pathname)) return next();
      if (NOT_FETCH_METHODS.test(method)) return fail(400, 'bad request');
      const answer = handler[answerIncoming];
      answered = answer
        ? answer(incoming(req, url, method), client).then((a) => send(a.status, a.headers, a.body))
        : handler(toRequest(req, url, method), client).then(async (response) =>
            send(
              response.status,
              Object.fromEntries(response.headers),
              response.body && Buffer.from(await response.arrayBuffer()),
            ),
          );
    } catch {
      return fail(400, 'bad request');
    }
    answered.catch(() => fail(500, 'internal error'));
  };
}
