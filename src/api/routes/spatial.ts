import type { FastifyInstance } from 'fastify';
import { seesAllFigures } from '../../core/access/viewer.ts';
import {
  DensityQuery,
  DetectQuery,
  Detection,
  FirmDensity,
  Hotspots,
  HotspotsQuery,
} from '../../contract/spatial.ts';
import { detectStoreClusters } from '../../services/spatial/detect-store-clusters.ts';
import { firmDensity } from '../../services/spatial/firm-density.ts';
import { storeHotspots } from '../../services/spatial/store-hotspots.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** A comma-separated list of region codes, blanks dropped. */
const codeList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Where the firms are (services/spatial): spatial clusters among the store's
 * firms, hot spots, and the map's density layer; every shape is
 * src/contract/spatial.ts.
 */
export function spatialRoutes(app: FastifyInstance, db: Duck): void {
  detectRoute(app, db);
  hotspotsRoute(app, db);
  densityRoute(app, db);
}

function detectRoute(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: DetectQuery }>(
    '/api/spatial/clusters',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Detect spatial clusters (DBSCAN/HDBSCAN, great-circle distances) among the firms of an industry group, the units they span and the known clusters they match',
        querystring: wire(DetectQuery, 'input'),
        response: { 200: wire(Detection), ...errorResponses },
      },
    },
    async (req): Promise<Detection> => {
      const q = req.query;
      const r = await detectStoreClusters(db, {
        industry: q.industry,
        regions: codeList(q.region),
        epsKm: q.epsKm,
        minPoints: q.minPoints,
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
}

function hotspotsRoute(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: HotspotsQuery }>(
    '/api/spatial/hotspots',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Kernel-density hot spots of the located firms of an industry group (local maxima, strongest first)',
        querystring: wire(HotspotsQuery, 'input'),
        response: { 200: wire(Hotspots), ...errorResponses },
      },
    },
    async (req): Promise<Hotspots> => {
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
}

function densityRoute(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: DensityQuery }>(
    '/api/spatial/density',
    {
      schema: {
        tags: ['reference'],
        summary:
          'Located organisations counted per grid cell (the map’s density layer), with the synthetic count of each cell',
        querystring: wire(DensityQuery, 'input'),
        response: { 200: wire(FirmDensity), ...errorResponses },
      },
    },
    async (req): Promise<FirmDensity> =>
      firmDensity(db, {
        cell: req.query.cell,
        industry: req.query.industry,
        kind: req.query.kind,
        excludeSynthetic: req.query.synthetic === 'exclude',
      }),
  );
}
