import type { FastifyInstance } from 'fastify';
import {
  ClusterNetwork,
  ExplorerQuery,
  NetworkExplorer,
  NetworkParams,
  NetworkSummaries,
} from '../../contract/network.ts';
import {
  clusterNetwork,
  clusterNetworkSummaries,
  MAX_DRAWN_NODES,
} from '../../services/network/cluster-network.ts';
import { networkExplorer } from '../../services/network/network-explorer.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';
import { resilienceRoutes } from './resilience.ts';

const tags = ['clusters'];

/**
 * A cluster's network diagnostics (集而不群 index), its network for drawing,
 * every cluster's verdict, the explorer's network, and supply disruption
 * (resilience.ts); every shape is src/contract (network.ts, resilience.ts).
 */
export function networkRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/network',
    {
      schema: {
        tags,
        summary: `The 集而不群 (gathered but not networked) index of a cluster with the figures behind its verdict, and its members and partners as a network (at most ${MAX_DRAWN_NODES} nodes)`,
        params: wire(NetworkParams, 'input'),
        response: { 200: wire(ClusterNetwork), ...errorResponses },
      },
    },
    async (req): Promise<ClusterNetwork> => clusterNetwork(db, req.params.id),
  );
  app.get(
    '/api/networks',
    {
      schema: {
        tags,
        summary: 'The 集而不群 verdict of every cluster with its main figures, for comparison',
        response: { 200: wire(NetworkSummaries), ...errorResponses },
      },
    },
    async () => clusterNetworkSummaries(db),
  );
  explorerRoute(app, db);
  resilienceRoutes(app, db);
}

function explorerRoute(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: ExplorerQuery }>(
    '/api/networks/explorer',
    {
      schema: {
        tags,
        summary:
          'The network for the WebGL explorer: organisations with ties of the chosen types (atlas-wide or around a cluster), degree, PageRank and Louvain community; edges as [source, target, type] index triples; no link values',
        querystring: wire(ExplorerQuery, 'input'),
        response: { 200: wire(NetworkExplorer), ...errorResponses },
      },
    },
    async (req): Promise<NetworkExplorer> =>
      networkExplorer(db, {
        cluster: req.query.cluster,
        types: req.query.types?.split(','),
        maxNodes: req.query.maxNodes,
      }),
  );
}
