import type { FastifyInstance } from 'fastify';
import { detectStoreClusters } from '../../services/spatial/detect-store-clusters.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

interface Query {
  industry: string;
  region?: string;
  epsKm?: number;
  minPoints?: number;
  minSamples?: number;
  method?: 'dbscan' | 'hdbscan';
  weight?: 'employees' | 'revenue' | 'output' | 'rd_spend' | 'patents';
  synthetic?: 'include' | 'exclude';
}

const codes = { type: 'array', items: { type: 'string' } } as const;
const lonLat = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } as const;

const detectedSchema = {
  type: 'object',
  required: ['cluster', 'size', 'centroid', 'outline', 'members', 'provinces', 'status'],
  properties: {
    cluster: { type: 'integer' },
    size: { type: 'integer' },
    weight: { type: 'number' },
    syntheticMembers: { type: 'integer' },
    centroid: { ...lonLat, description: 'WGS-84 [lon, lat]' },
    outline: {
      type: 'array',
      items: lonLat,
      description: 'convex hull, WGS-84 [lon, lat], counter-clockwise, not closed',
    },
    members: codes,
    industryMix: {
      type: 'array',
      items: {
        type: 'object',
        properties: { industry: { type: 'string' }, firms: { type: 'integer' } },
      },
    },
    provinces: codes,
    prefectures: codes,
    spansSeveralUnits: { type: 'boolean' },
    matches: codes,
    status: { type: 'string', enum: ['new', 'matched'] },
  },
} as const;

const knownSchema = {
  type: 'object',
  required: ['id', 'name', 'detected', 'detectedProvinces'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    designation: { type: 'string' },
    regions: codes,
    provinces: codes,
    detected: { type: 'array', items: { type: 'integer' } },
    detectedProvinces: codes,
    detectedPrefectures: codes,
    spansSeveralUnits: { type: 'boolean' },
  },
} as const;

/** GET /api/spatial/clusters: spatial clusters among the store's firms (services/spatial). */
export function spatialRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/spatial/clusters',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Detect spatial clusters (DBSCAN/HDBSCAN, great-circle distances) among the firms of an industry group, the units they span and the known clusters they match',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['industry'],
          properties: {
            industry: {
              type: 'string',
              minLength: 1,
              maxLength: 40,
              description: 'GB/T 4754 code prefix or tag',
            },
            region: {
              type: 'string',
              maxLength: 400,
              description: 'GB/T 2260 codes, comma-separated',
            },
            epsKm: { type: 'number', exclusiveMinimum: 0, maximum: 2000, default: 10 },
            minPoints: { type: 'integer', minimum: 1, maximum: 100000, default: 8 },
            minSamples: { type: 'integer', minimum: 1, maximum: 100000 },
            method: { type: 'string', enum: ['dbscan', 'hdbscan'], default: 'dbscan' },
            weight: {
              type: 'string',
              enum: ['employees', 'revenue', 'output', 'rd_spend', 'patents'],
            },
            synthetic: { type: 'string', enum: ['include', 'exclude'], default: 'include' },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['crs', 'points', 'clusters', 'known'],
            properties: {
              crs: { type: 'string', enum: ['WGS84'] },
              points: { type: 'integer' },
              converted: { type: 'integer' },
              clusters: { type: 'array', items: detectedSchema },
              known: { type: 'array', items: knownSchema },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await detectStoreClusters(db, {
        industry: q.industry,
        regions: (q.region ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        epsKm: q.epsKm ?? 10,
        minPoints: q.minPoints ?? 8,
        minSamples: q.minSamples,
        method: q.method,
        measure: q.weight,
        excludeSynthetic: q.synthetic === 'exclude',
      });
      return {
        crs: r.crs,
        points: r.points,
        converted: r.converted,
        clusters: r.clusters,
        known: r.known,
      };
    },
  );
}
