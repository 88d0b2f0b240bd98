import type { Migration } from './migration.ts';

/**
 * Matchmaking and the services a promotion organisation runs:
 * demands and capabilities (tied to chain nodes: chain node ids or GB/T 4754
 * classes), the leaders' shared supplier pool with the supplier's consent,
 * public service platforms with their services and requests, and matches with
 * the history of their outcomes. Times are ISO-8601 UTC strings
 * (`2026-11-22T08:00:00.000Z`): they sort as text and a period is a prefix
 * (month = first 7 characters), the same in SQL and in TypeScript.
 */
export const matching: Migration = {
  version: 3,
  name: 'matching',
  sql: `
CREATE TABLE demands (
  id VARCHAR PRIMARY KEY, organization VARCHAR NOT NULL, title VARCHAR NOT NULL, description VARCHAR,
  kind VARCHAR NOT NULL, specification VARCHAR, quantity DOUBLE, unit VARCHAR,
  region VARCHAR, nodes VARCHAR[], wanted_size VARCHAR, deadline VARCHAR,
  visibility VARCHAR NOT NULL, invited VARCHAR[], cluster VARCHAR,
  status VARCHAR NOT NULL, created_at VARCHAR NOT NULL,
  synthetic BOOLEAN NOT NULL, provenance JSON NOT NULL
);
CREATE TABLE capabilities (
  id VARCHAR PRIMARY KEY, organization VARCHAR NOT NULL, title VARCHAR NOT NULL, description VARCHAR,
  kind VARCHAR NOT NULL, products VARCHAR[], processes VARCHAR[], certifications VARCHAR[],
  capacity VARCHAR, nodes VARCHAR[], derived BOOLEAN NOT NULL, created_at VARCHAR NOT NULL,
  synthetic BOOLEAN NOT NULL, provenance JSON NOT NULL
);
CREATE TABLE supplier_pool (
  cluster VARCHAR NOT NULL, leader VARCHAR NOT NULL, supplier VARCHAR NOT NULL,
  consent VARCHAR NOT NULL, shared BOOLEAN NOT NULL,
  qualified_at VARCHAR NOT NULL, consent_at VARCHAR, shared_at VARCHAR, note VARCHAR,
  PRIMARY KEY (cluster, leader, supplier)
);
CREATE TABLE service_platforms (
  id VARCHAR PRIMARY KEY, organization VARCHAR, name VARCHAR NOT NULL, category VARCHAR NOT NULL,
  region VARCHAR, cluster VARCHAR, description VARCHAR, created_at VARCHAR NOT NULL,
  synthetic BOOLEAN NOT NULL, provenance JSON NOT NULL
);
CREATE TABLE platform_services (
  id VARCHAR PRIMARY KEY, platform VARCHAR NOT NULL, name VARCHAR NOT NULL, category VARCHAR NOT NULL,
  description VARCHAR, terms VARCHAR
);
CREATE TABLE service_requests (
  id VARCHAR PRIMARY KEY, service VARCHAR NOT NULL, requester VARCHAR NOT NULL, message VARCHAR,
  status VARCHAR NOT NULL, answer VARCHAR, requested_at VARCHAR NOT NULL, answered_at VARCHAR
);
CREATE TABLE matches (
  id VARCHAR PRIMARY KEY, demand VARCHAR, capability VARCHAR,
  buyer VARCHAR NOT NULL, supplier VARCHAR NOT NULL, score DOUBLE, reasons JSON,
  status VARCHAR NOT NULL, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL
);
CREATE TABLE match_events (
  match_id VARCHAR NOT NULL, seq INTEGER NOT NULL, from_status VARCHAR, to_status VARCHAR NOT NULL,
  happened_at VARCHAR NOT NULL, note VARCHAR,
  PRIMARY KEY (match_id, seq)
);
`,
};
