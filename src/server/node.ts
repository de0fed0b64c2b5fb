import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ClientInfo } from './receiver.js';

type Handler = ((request: Request, client?: ClientInfo) => Promise<Response>) & { handles?(pathname: string): boolean };

/**
 * A `node:http` request listener (and Express middleware) around a fetch-style handler. As
 * middleware, paths the receiver does not answer go on to `next`. Mount it before any body parser:
 * it reads the body itself.
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
    let request: Request;
    try {
      const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (next && handler.handles && !handler.handles(url.pathname)) return next();
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
      const method = req.method ?? 'GET';
      const body =
        method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
      request = new Request(url, { method, headers, body, duplex: 'half' } as RequestInit);
    } catch {
      return fail(400, 'bad request');
    }
    handler(request, { address: req.socket.remoteAddress })
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch(() => fail(500, 'internal error'));
  };
}
