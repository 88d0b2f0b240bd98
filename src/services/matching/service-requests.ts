import { atLeast, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import {
  ServicesPostInput,
  type PlatformWithServices,
  type RequestAnswerInput,
  type ServiceRequest,
} from '../../contract/service-platforms.ts';
import type { Duck } from '../../store/duck.ts';
import { readServiceRequest, readServiceOperator } from '../../store/matching.ts';
import { actsFor } from './match-parties.ts';
import { parseInput } from './parse-input.ts';
import {
  addPlatform,
  addPlatformService,
  answerServiceRequest,
  requestService,
} from './platforms.ts';

/**
 * Who may do what with the public service platforms: the catalogue is
 * public; a member firm requests a service for itself and the platform's own
 * member account answers; analysts add platforms and act for the promotion
 * organisation. A request is the business of the firm that made it, the
 * platform that runs the service, and analysts.
 */

function noRequest(id: string): never {
  throw new AtlasError('ATLAS_E_NOT_FOUND', `no service request ${id}`, { request: id });
}

/** A request for a service (a member for its own organisation), or a new platform (analysts). */
export async function postToServices(
  db: Duck,
  viewer: Viewer,
  body: unknown,
): Promise<ServiceRequest | PlatformWithServices> {
  const b = parseInput(ServicesPostInput, body, 'service request or platform');
  if ('platform' in b) {
    if (!atLeast(viewer, 'analyst'))
      throw new AtlasError('ATLAS_E_FORBIDDEN', 'analysts add platforms', { role: viewer.role });
    const platform = await addPlatform(db, b.platform);
    const services = [];
    for (const x of b.services ?? [])
      services.push(await addPlatformService(db, { ...x, platform: platform.id }));
    return { ...platform, services } as PlatformWithServices;
  }
  actsFor(viewer, b.requester);
  return (await requestService(db, b)) as ServiceRequest;
}

/** One request, for a viewer whose business it is. */
export async function requestFor(db: Duck, viewer: Viewer, id: string): Promise<ServiceRequest> {
  const r = (await readServiceRequest(db, id)) ?? noRequest(id);
  if (viewer.role === 'member') {
    const own = viewer.organization;
    if (own !== r.requester && own !== (await readServiceOperator(db, r.service)))
      throw new AtlasError(
        'ATLAS_E_FORBIDDEN',
        `a member account sees the requests of ${own} only`,
        { organization: own },
      );
  }
  return r as ServiceRequest;
}

/** The platform (its own member account, or analysts) answers a request. */
export async function answerRequestAs(
  db: Duck,
  viewer: Viewer,
  id: string,
  input: RequestAnswerInput,
): Promise<ServiceRequest> {
  const r = (await readServiceRequest(db, id)) ?? noRequest(id);
  if (viewer.role === 'member') {
    const operator = await readServiceOperator(db, r.service);
    if (!operator || operator !== viewer.organization)
      throw new AtlasError('ATLAS_E_FORBIDDEN', 'only the platform answers its requests', {
        request: r.id,
      });
  }
  return (await answerServiceRequest(db, r.id, input.status, {
    answer: input.answer,
  })) as ServiceRequest;
}
