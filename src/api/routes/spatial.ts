import type { FastifyInstance } from 'fastify';
import { confidentialAggregate } from '../../core/access/disclosure.ts';
import { seesAllFigures } from '../../core/access/viewer.ts';
import { OrganizationKind } from '../../core/model/organization.ts';
import { detectStoreClusters } from '../../services/spatial/detect-store-clusters.ts';
import { firmDensity } from '../../services/spatial/firm-density.ts';
import { storeHotspots } from '../../services/spatial/store-hotspots.ts';
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
  surroundingsKm?: number;
  concaveK?: number;
}

interface DensityQuery {
  cell: number;
  industry?: string;
  kind?: string;
  synthetic: 'include' | 'exclude';
}

interface HotspotQuery {
  industry: string;
  region?: string;
  bandwidthKm?: number;
  cellKm?: number;
  weight?: Query['weight'];
  synthetic?: 'include' | 'exclude';
  limit?: number;
}

/** A comma-separated list of region codes, blanks dropped. */
const codeList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const codes = { type: 'array', items: { type: 'string' } } as const;
const lonLat = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } as const;

const detectedSchema = {
  type: 'object',
  required: ['cluster', 'size', 'centroid', 'outline', 'members', 'provinces', 'status'],
  properties: {
    cluster: { type: 'integer' },
    size: { type: 'integer' },
    weight: confidentialAggregate({
      type: 'number',
      description: "the members' sum of the measure",
    }),
    syntheticMembers: { type: 'integer' },
    centroid: confidentialAggregate({
      ...lonLat,
      description: 'WGS-84 [lon, lat], weighted by the measure when one is given',
    }),
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
    concaveOutline: {
      type: 'array',
      items: lonLat,
      description: 'k-nearest concave hull, WGS-84 [lon, lat], counter-clockwise, not closed',
    },
    concaveMethod: { type: 'string', enum: ['concave', 'convex'] },
    concaveK: { type: 'integer' },
    surroundings: {
      type: 'object',
      description: "the group's LQ in the cluster's footprint against its surroundings",
      properties: {
        footprintFirms: { type: 'integer' },
        footprintGroupFirms: { type: 'integer' },
        surroundingFirms: { type: 'integer' },
        surroundingGroupFirms: { type: 'integer' },
        lq: { type: ['number', 'null'] },
      },
    },
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
              maxLength: 120,
              description: 'GB/T 4754 code prefix, tag, or chain node chain:TEMPLATE/NODE',
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
            surroundingsKm: {
              type: 'number',
              exclusiveMinimum: 0,
              maximum: 2000,
              default: 100,
              description: "radius of the surroundings for each cluster's LQ",
            },
            concaveK: { type: 'integer', minimum: 3, maximum: 200, default: 6 },
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
        regions: codeList(q.region),
        epsKm: q.epsKm ?? 10,
        minPoints: q.minPoints ?? 8,
        minSamples: q.minSamples,
        method: q.method,
        measure: q.weight,
        excludeSynthetic: q.synthetic === 'exclude',
        surroundingsKm: q.surroundingsKm,
        concaveK: q.concaveK,
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
  app.get<{ Querystring: HotspotQuery }>(
    '/api/spatial/hotspots',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Kernel-density hot spots of the located firms of an industry group (local maxima, strongest first)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['industry'],
          properties: {
            industry: {
              type: 'string',
              minLength: 1,
              maxLength: 120,
              description: 'GB/T 4754 code prefix, tag, or chain node chain:TEMPLATE/NODE',
            },
            region: { type: 'string', maxLength: 400 },
            bandwidthKm: { type: 'number', exclusiveMinimum: 0, maximum: 500, default: 5 },
            cellKm: { type: 'number', exclusiveMinimum: 0, maximum: 500, default: 2 },
            weight: {
              type: 'string',
              enum: ['employees', 'revenue', 'output', 'rd_spend', 'patents'],
            },
            synthetic: { type: 'string', enum: ['include', 'exclude'], default: 'include' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['crs', 'points', 'hotspots'],
            properties: {
              crs: { type: 'string', enum: ['WGS84'] },
              points: { type: 'integer' },
              bandwidthKm: { type: 'number', description: 'as used (coarsened: snapped)' },
              cellKm: { type: 'number', description: 'as used (coarsened: snapped)' },
              rows: { type: 'integer' },
              cols: { type: 'integer' },
              coarsened: {
                type: 'object',
                description:
                  'present when a weighted answer was coarsened for someone who may not see firms’ figures: bandwidth snapped to the 1-2-5 series, cells 0.4 of it, densities rounded to the same series',
                properties: {
                  bandwidthKm: { type: 'number' },
                  cellKm: { type: 'number' },
                  density: { type: 'string' },
                },
              },
              hotspots: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    lon: { type: 'number' },
                    lat: { type: 'number' },
                    density: confidentialAggregate({
                      type: 'number',
                      description: 'per km² (firms, or measure units with a weight)',
                    }),
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const q = req.query;
      return storeHotspots(db, {
        industry: q.industry,
        regions: codeList(q.region),
        bandwidthKm: q.bandwidthKm,
        cellKm: q.cellKm,
        measure: q.weight,
        excludeSynthetic: q.synthetic === 'exclude',
        limit: q.limit,
        coarse: !seesAllFigures(req.viewer),
      });
    },
  );

  app.get<{ Querystring: DensityQuery }>(
    '/api/spatial/density',
    {
      schema: {
        tags: ['reference'],
        summary:
          'Located organisations counted per grid cell (the map’s density layer), with the synthetic count of each cell',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            cell: { type: 'number', minimum: 0.05, maximum: 2, default: 0.25 },
            industry: {
              type: 'string',
              maxLength: 120,
              description: 'GB/T 4754 code prefix or tag; empty: every industry',
            },
            kind: { type: 'string', enum: [...OrganizationKind.options] },
            synthetic: { type: 'string', enum: ['include', 'exclude'], default: 'include' },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['cell', 'cells', 'organizations', 'synthetic', 'max'],
            properties: {
              cell: { type: 'number', description: 'cell side, degrees' },
              cells: {
                type: 'array',
                description: '[centre lon, centre lat, organisations, of which synthetic]',
                items: { type: 'array', items: { type: 'number' } },
              },
              organizations: { type: 'integer' },
              synthetic: { type: 'integer' },
              max: { type: 'integer' },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) =>
      firmDensity(db, {
        cell: req.query.cell,
        industry: req.query.industry,
        kind: req.query.kind,
        excludeSynthetic: req.query.synthetic === 'exclude',
      }),
  );
}
