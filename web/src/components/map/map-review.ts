/**
 * The map's review number (审图号). A map published in China needs one, given
 * by the natural-resources authorities to a reviewed map or carried by a base
 * map of the Standard Map Service (标准地图服务). The outlines the atlas holds
 * (data/geo/provinces.json, prefectures.json, south-china-sea.json, from
 * Apache ECharts 4.9.0, data/SOURCES.md) carry none, so the map says so
 * rather than show a number: set this only from a base map that gives one.
 */
export const MAP_REVIEW_NUMBER: string | null = null;
