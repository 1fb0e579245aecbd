import { Request, Response } from 'express';
import { gzipSync } from 'node:zlib';

// Entries are keyed by run id, so old ones are never hit again; the bound
// only stops free-text filters from growing the cache.
const MAX_ENTRIES = 200;

/** A response body serialized once, and compressed once when asked. */
export class CachedBody {
  private compressed?: Buffer;

  constructor(readonly text: string) {}

  gzip(): Buffer {
    this.compressed ??= gzipSync(this.text);
    return this.compressed;
  }
}

/**
 * Serialized answers of the read API. A run's results never change, so a
 * topology of a thousand services is turned into JSON, and gzipped, once
 * per run rather than once per request.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();

  get(key: string, compute: () => unknown): CachedBody {
    let body = this.entries.get(key);
    if (!body) {
      body = new CachedBody(JSON.stringify(compute()));
      if (this.entries.size >= MAX_ENTRIES) {
        this.entries.delete(this.entries.keys().next().value!);
      }
      this.entries.set(key, body);
    }
    return body;
  }
}

/**
 * Sends a cached body, gzipped when the client accepts it. The backend's
 * compression middleware leaves a response that is already encoded alone.
 */
export function sendCached(req: Request, res: Response, body: CachedBody) {
  res.type('application/json');
  res.vary('Accept-Encoding');
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.set('Content-Encoding', 'gzip').send(body.gzip());
  } else {
    res.send(body.text);
  }
}
