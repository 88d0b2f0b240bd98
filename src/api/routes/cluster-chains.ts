import type { FastifyInstance } from 'fastify';
import { ChainBindingInput, ClusterChains, ClusterChainsParams } from '../../contract/chains.ts';
import { bindClusterChains, clusterChains } from '../../services/chain/bind-cluster.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** A cluster's chain templates: bound by its field, or chosen by an analyst; every shape is src/contract/chains.ts. */
export function clusterChainRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/chains',
    {
      schema: {
        tags: ['chains'],
        summary:
          "A cluster's chain templates (the first is the panorama's default), whether an analyst chose them or the cluster's chain field binds them, and its fields",
        params: wire(ClusterChainsParams, 'input'),
        response: { 200: wire(ClusterChains), ...errorResponses },
      },
    },
    async (req) => clusterChains(db, req.params.id),
  );

  app.put<{ Params: { id: string }; Body: ChainBindingInput }>(
    '/api/clusters/:id/chains',
    {
      schema: {
        tags: ['chains'],
        summary:
          "Choose a cluster's chain templates, in order; an empty list returns it to its field's templates. 404 for an unknown cluster or template",
        params: wire(ClusterChainsParams, 'input'),
        body: wire(ChainBindingInput, 'input'),
        response: { 200: wire(ClusterChains), ...errorResponses },
      },
    },
    async (req) => bindClusterChains(db, req.params.id, req.body.templates),
  );
}
