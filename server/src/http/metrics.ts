import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** A registry per app (not prom-client's global one), so several apps in one test process don't collide. */
export function createMetrics(): { registry: Registry; middleware: RequestHandler } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const middleware: RequestHandler = (req, res, next) => {
    const end = duration.startTimer();
    res.on('finish', () => {
      // The route pattern, not the URL: ids in paths would make the label set unbounded.
      const pattern =
        (res.locals.routePattern as string | undefined) ??
        (req.route ? String((req.route as { path: string }).path) : 'unmatched');
      end({ method: req.method, route: pattern, status_code: String(res.statusCode) });
    });
    next();
  };
  return { registry, middleware };
}
