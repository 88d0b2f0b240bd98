/**
 * Forwarding module: the kernel is analytics/complexity/complexity-metric.ts, a pure function of
 * core and analytics; services and the CLI import it from here until each
 * caller moves to the new path.
 */
export * from '../../analytics/complexity/complexity-metric.ts';
