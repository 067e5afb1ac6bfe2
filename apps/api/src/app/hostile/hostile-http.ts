import { request as httpRequest } from 'node:http';
import type { AddressInfo, Server } from 'node:net';

/** A request as sent on the wire: the body as bytes, optionally in chunks with pauses between them. */
export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent chunk by chunk (chunked transfer encoding), `pauseMs` apart. */
  chunks?: { parts: readonly (string | Buffer)[]; pauseMs: number };
  /** Stop sending after the first chunk and close the connection. */
  abortAfterFirstChunk?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: unknown;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends one request to the server with Node's http client: no client-side encoding or checks. */
export function send(server: Server, raw: RawRequest): Promise<RawResponse | 'aborted'> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const headers = { ...raw.headers };
    if (raw.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(raw.body));
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: raw.method, path: raw.path, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json: parsed(text) });
      });
    });
    outgoing.on('error', (error) => (raw.abortAfterFirstChunk ? resolve('aborted') : reject(error)));
    void (async () => {
      if (!raw.chunks) {
        outgoing.end(raw.body);
        return;
      }
      for (const [index, part] of raw.chunks.parts.entries()) {
        outgoing.write(part);
        if (raw.abortAfterFirstChunk) {
          await pause(raw.chunks.pauseMs);
          outgoing.destroy();
          resolve('aborted');
          return;
        }
        if (index < raw.chunks.parts.length - 1) await pause(raw.chunks.pauseMs);
      }
      outgoing.end();
    })();
  });
}
