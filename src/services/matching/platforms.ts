import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readPlatformService,
  readServiceRequest,
  readPlatforms,
  organizationExists,
  upsertRows,
  type PlatformRow,
  type PlatformServiceRow,
  type ServiceRequestRow,
} from '../../store/matching.ts';
import { REQUEST_TRANSITIONS, type RequestStatus } from '../../contract/service-platform-steps.ts';
import { newId, stamp } from './now.ts';
import { PlatformCategory, parseInput } from './schemas.ts';

/**
 * Public service platforms (公共服务平台: testing and inspection, pilot
 * production, design, standards, training, finance) and the services they
 * offer; a firm requests a service, the platform accepts, declines or
 * completes it. A request moves requested → accepted → done, or to declined
 * from requested or accepted.
 */
export { REQUEST_TRANSITIONS };

export async function addPlatform(
  db: Duck,
  p: {
    id?: string;
    organization?: string;
    name: string;
    category: string;
    region?: string;
    cluster?: string;
    description?: string;
    synthetic?: boolean;
  },
  opts: { now?: Date | string } = {},
): Promise<PlatformRow> {
  const category = parseInput(PlatformCategory, p.category, 'platform category');
  if (p.organization && !(await organizationExists(db, p.organization)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${p.organization}`, {
      organization: p.organization,
    });
  const row: PlatformRow = {
    id: p.id ?? newId('platform'),
    organization: p.organization,
    name: p.name,
    category,
    region: p.region,
    cluster: p.cluster,
    description: p.description,
    created_at: stamp(opts.now),
    synthetic: p.synthetic ?? false,
    provenance: {
      source: 'atlas match',
      method: 'manual',
      verified: !p.synthetic,
      synthetic: p.synthetic ?? false,
    },
  };
  await db.transaction((tx) => upsertRows(tx, 'service_platforms', [row]));
  return row;
}

export async function addPlatformService(
  db: Duck,
  s: {
    id?: string;
    platform: string;
    name: string;
    category?: string;
    description?: string;
    terms?: string;
  },
): Promise<PlatformServiceRow> {
  const platform = (await readPlatforms(db)).find((p) => p.id === s.platform);
  if (!platform)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no platform ${s.platform}`, {
      platform: s.platform,
    });
  const row: PlatformServiceRow = {
    id: s.id ?? newId('svc'),
    platform: s.platform,
    name: s.name,
    category: parseInput(PlatformCategory, s.category ?? platform.category, 'service category'),
    description: s.description,
    terms: s.terms,
  };
  await db.transaction((tx) => upsertRows(tx, 'platform_services', [row]));
  return row;
}

export async function requestService(
  db: Duck,
  r: { service: string; requester: string; message?: string },
  opts: { now?: Date | string } = {},
): Promise<ServiceRequestRow> {
  if (!(await readPlatformService(db, r.service)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no service ${r.service}`, { service: r.service });
  if (!(await organizationExists(db, r.requester)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${r.requester}`, {
      organization: r.requester,
    });
  const row: ServiceRequestRow = {
    id: newId('req'),
    service: r.service,
    requester: r.requester,
    message: r.message,
    status: 'requested',
    requested_at: stamp(opts.now),
  };
  await db.transaction((tx) => upsertRows(tx, 'service_requests', [row]));
  return row;
}

/** The platform answers a request; an illegal step is ATLAS_E_BAD_VALUE. */
export async function answerServiceRequest(
  db: Duck,
  id: string,
  status: 'accepted' | 'declined' | 'done',
  opts: { answer?: string; now?: Date | string } = {},
): Promise<ServiceRequestRow> {
  const r = await readServiceRequest(db, id);
  if (!r) throw new AtlasError('ATLAS_E_NOT_FOUND', `no service request ${id}`, { request: id });
  if (!REQUEST_TRANSITIONS[r.status as RequestStatus]?.includes(status))
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `request ${id} is ${r.status}; it cannot become ${status}`,
      {
        request: id,
        from: r.status,
        to: status,
        allowed: REQUEST_TRANSITIONS[r.status as RequestStatus] ?? [],
      },
    );
  const row = { ...r, status, answer: opts.answer ?? r.answer, answered_at: stamp(opts.now) };
  await db.transaction((tx) => upsertRows(tx, 'service_requests', [row]));
  return row;
}
