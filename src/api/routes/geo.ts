import type { FastifyInstance } from 'fastify';
import { GeoFeatureCollection, GeoParams } from '../../contract/geo.ts';
import { getGeoJson } from '../../services/catalog/get-geo-json.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** The map's outlines; the answer's shape is src/contract/geo.ts. */
export function geoRoutes(app: FastifyInstance): void {
  app.get<{ Params: GeoParams }>(
    '/api/geo/:level',
    {
      schema: {
        tags: ['reference'],
        summary: 'Province or prefecture outlines (GeoJSON) for the map',
        params: wire(GeoParams, 'input'),
        response: { 200: wire(GeoFeatureCollection), ...errorResponses },
      },
    },
    async (req, reply) => {
      // Pre-serialised once (large, immutable while running): sent as is.
      const text = await getGeoJson(req.params.level);
      return reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'public, max-age=86400')
        .send(text);
    },
  );
}
