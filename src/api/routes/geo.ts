import type { FastifyInstance } from 'fastify';
import { getGeoJson, GEO_LEVELS } from '../../services/catalog/getGeo.ts';
import { errorResponses } from '../schemas.ts';

export function geoRoutes(app: FastifyInstance): void {
  app.get<{ Params: { level: string } }>(
    '/api/geo/:level',
    {
      schema: {
        tags: ['reference'],
        summary: 'Province or prefecture outlines (GeoJSON) for the map',
        params: {
          type: 'object',
          required: ['level'],
          properties: { level: { type: 'string', enum: [...GEO_LEVELS] } },
        },
        response: {
          200: {
            type: 'object',
            description: 'A GeoJSON FeatureCollection; features carry properties adcode and name',
            required: ['type', 'features'],
            properties: {
              type: { type: 'string', enum: ['FeatureCollection'] },
              features: { type: 'array', items: { type: 'object', additionalProperties: true } },
            },
          },
          ...errorResponses,
        },
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
