// Port helpers: ask the OS for a free port, or check that a fixed one is free.
import { createServer } from 'node:net';

function listenOnce(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(null));
    server.listen({ port, host, exclusive: true }, () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

/** True when nothing listens on 127.0.0.1:port. */
export async function isPortFree(port) {
  return (await listenOnce(port)) === port;
}

/** A port the OS says is free, never one of `avoid`. */
export async function freePort(avoid = []) {
  for (let i = 0; i < 20; i++) {
    const port = await listenOnce(0);
    if (port && !avoid.includes(port)) return port;
  }
  throw new Error('could not get a free TCP port from the OS');
}

/** Poll an HTTP URL until it answers 200; rejects on timeout or when `abort()` returns a reason. */
export async function waitForHttp(url, { timeoutMs = 120000, abort } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = abort?.();
    if (reason) throw new Error(reason);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
