/**
 * The public service platforms (公共服务平台: testing and inspection, pilot
 * production, design, standards, training, finance) as the API, the CLI and
 * the web see them: the catalogue, a firm's request for a service, the
 * platform's answer. Each use case's input and output as zod schemas with
 * their types (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { StoredProvenance } from './matching.ts';
import { pagedQuery, pageOf } from './paging.ts';
import { PLATFORM_CATEGORIES, REQUEST_STATUSES } from './service-platform-steps.ts';

export const PlatformCategory = z.enum(PLATFORM_CATEGORIES);
export type PlatformCategory = z.infer<typeof PlatformCategory>;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export const RequestAnswer = z.enum(['accepted', 'declined', 'done']);

/** A service a platform offers. */
export const PlatformService = z.object({
  id: z.string(),
  platform: z.string(),
  name: z.string(),
  category: z.string(),
  description: z.string().optional(),
  terms: z.string().optional(),
});
export type PlatformService = z.infer<typeof PlatformService>;

/** A platform, added by an analyst or derived from the atlas's service providers. */
export const Platform = z.object({
  id: z.string(),
  organization: z.string().optional(),
  name: z.string(),
  category: z.string(),
  region: z.string().optional(),
  cluster: z.string().optional(),
  description: z.string().optional(),
  created_at: z.string(),
  synthetic: z.boolean(),
  provenance: StoredProvenance.optional(),
});
export const PlatformWithServices = Platform.extend({ services: z.array(PlatformService) });
export type PlatformWithServices = z.infer<typeof PlatformWithServices>;

export const PlatformListQuery = pagedQuery({
  category: z.string().optional(),
  cluster: z.string().optional(),
});
export type PlatformListQuery = z.input<typeof PlatformListQuery>;
export const PlatformPage = pageOf(PlatformWithServices);

/** A firm asks a platform for one of its services. */
export const ServiceRequestInput = z.strictObject({
  service: z.string().min(1),
  requester: z.string().min(1),
  message: z.string().optional(),
});
export type ServiceRequestInput = z.input<typeof ServiceRequestInput>;

/** An analyst adds a platform with its services. */
export const NewPlatformInput = z.strictObject({
  platform: z.strictObject({
    id: z.string().min(1).optional(),
    name: z.string().min(1),
    category: PlatformCategory,
    organization: z.string().optional(),
    region: z.string().optional(),
    cluster: z.string().optional(),
    description: z.string().optional(),
  }),
  services: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        category: PlatformCategory.optional(),
        description: z.string().optional(),
        terms: z.string().optional(),
      }),
    )
    .optional(),
});
export type NewPlatformInput = z.input<typeof NewPlatformInput>;

/** POST /api/services: a request for a service, or a new platform. */
export const ServicesPostInput = z.union([ServiceRequestInput, NewPlatformInput]);
export type ServicesPostInput = z.input<typeof ServicesPostInput>;

/** A stored service request. */
export const ServiceRequest = z.object({
  id: z.string(),
  service: z.string(),
  requester: z.string(),
  message: z.string().optional(),
  status: RequestStatus,
  answer: z.string().optional(),
  requested_at: z.string(),
  answered_at: z.string().optional(),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

/** A request with the names a person reads and the platform's organisation. */
export const ServiceRequestView = ServiceRequest.extend({
  service_name: z.string(),
  platform: z.string(),
  platform_name: z.string(),
  platform_organization: z.string().optional(),
  requester_name: z.string(),
});
export type ServiceRequestView = z.infer<typeof ServiceRequestView>;

export const ServicesPostAnswer = z.union([ServiceRequest, PlatformWithServices]);

export const RequestListQuery = pagedQuery({
  platform: z.string().optional(),
  status: RequestStatus.optional(),
  /** Analysts: the requests one organisation made or runs (a member always sees its own). */
  party: z.string().optional(),
});
export type RequestListQuery = z.input<typeof RequestListQuery>;
export const RequestPage = pageOf(ServiceRequestView);

/** The platform answers a request. */
export const RequestAnswerInput = z.strictObject({
  status: RequestAnswer,
  answer: z.string().optional(),
});
export type RequestAnswerInput = z.input<typeof RequestAnswerInput>;

/**
 * The body Fastify checks for POST /api/services: the keys of either input,
 * each optional (a JSON Schema union would let Ajv strip one branch's keys
 * while it tries the other); the service then parses the exact union.
 */
export const ServicesPostBody = ServiceRequestInput.partial().extend(
  NewPlatformInput.partial().shape,
);
