import { Router } from 'express';
import type { Database } from '../db/database';
import { pendingMigrations, readMigrations } from '../db/migrate';
import type { Logger } from '../logger';
import { PROBE_TIMEOUT_MS, withinMs } from '../common/db-faults';

/**
 * Probes for orchestrators and load balancers, open without a token:
 * - GET /healthz: the process is up and serving HTTP (liveness). Always 200.
 * - GET /readyz: this copy can serve requests: the database answers and
 *   every migration on disk is applied; 503 with a reason otherwise, and
 *   from the moment shutdown starts, so traffic moves elsewhere.
 */
export function healthRoutes(db: Database, logger: Logger, isStopping: () => boolean): Router {
  const migrations = readMigrations();
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isStopping()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    try {
      await withTimeout(db.sql.query('SELECT 1'));
      const pending = await withTimeout(pendingMigrations(db.sql, migrations));
      if (pending.length > 0) {
        res.status(503).json({ status: 'unavailable', reason: 'migrations pending', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      // The cause (host names, driver text) goes to the log, not to the caller.
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  return router;
}

/** A readiness probe must answer within a load balancer's timeout, even when the database hangs. */
function withTimeout<T>(work: Promise<T>): Promise<T> {
  return withinMs(work, PROBE_TIMEOUT_MS);
}
