import type { FastifyInstance } from 'fastify';
import {
  PeerSet,
  PeerSetInput,
  PeerSetList,
  PeerSuggestionList,
} from '../../contract/evaluation.ts';
import {
  getPeerSet,
  listPeerSets,
  removePeerSet,
  savePeerSet,
  suggestClusterPeers,
} from '../../services/evaluation/peer-sets.ts';
import type { Duck } from '../../store/duck.ts';
import { Deleted } from '../../contract/deleted.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses, idParams } from '../schemas.ts';

/**
 * Named peer sets (a cluster's or region's peers chosen by name and saved)
 * and peers suggested by similarity of industry structure and size. Every
 * visitor reads them; saving and deleting are writes to the shared atlas,
 * for analysts, as every other write.
 */
export function peerSetRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: { subject?: string } }>(
    '/api/peer-sets',
    {
      schema: {
        tags: ['clusters'],
        summary: 'Saved peer sets, newest first (only those for one subject with ?subject=ID)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { subject: { type: 'string', maxLength: 200 } },
        },
        response: { 200: wire(PeerSetList), ...errorResponses },
      },
    },
    async (req) => ({ items: await listPeerSets(db, req.query.subject) }),
  );

  app.post<{ Body: PeerSetInput }>(
    '/api/peer-sets',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Save a peer set: peers by name or id (an unknown or ambiguous name is refused, nothing saved)',
        body: wire(PeerSetInput, 'input'),
        response: { 201: wire(PeerSet), ...errorResponses },
      },
    },
    async (req, reply) => {
      const set = await savePeerSet(db, req.body, req.viewer.user ?? req.viewer.role);
      req.auditDetails = { peerSet: set.id, members: set.members.map((m) => m.id) };
      return reply.code(201).send(set);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/peer-sets/:id',
    {
      schema: {
        tags: ['clusters'],
        summary: 'One peer set with its peers’ ids and names',
        params: idParams,
        response: { 200: wire(PeerSet), ...errorResponses },
      },
    },
    async (req) => getPeerSet(db, req.params.id),
  );

  deleteRoute(app, db);
  suggestionsRoute(app, db);
}

function deleteRoute(app: FastifyInstance, db: Duck): void {
  app.delete<{ Params: { id: string } }>(
    '/api/peer-sets/:id',
    {
      schema: {
        tags: ['clusters'],
        summary: 'Delete a peer set',
        params: idParams,
        response: { 200: wire(Deleted), ...errorResponses },
      },
    },
    async (req) => {
      await removePeerSet(db, req.params.id);
      req.auditDetails = { peerSet: req.params.id };
      const answer: Deleted = { deleted: req.params.id };
      return answer;
    },
  );
}

/** Peers suggested by similarity of industry structure and size, each with why. */
function suggestionsRoute(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/api/clusters/:id/peer-suggestions',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Clusters most alike this one in industry structure (members by GB/T 4754 division) and size, each with why',
        params: idParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 5 } },
        },
        response: { 200: wire(PeerSuggestionList), ...errorResponses },
      },
    },
    async (req) => ({
      cluster: req.params.id,
      items: await suggestClusterPeers(db, req.params.id, req.query.limit),
    }),
  );
}
