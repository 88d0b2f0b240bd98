import { defineDictionary } from './dictionary.ts';

/** The atlas's page about its own API (#/api): what it offers, before the stock Swagger pages. */
export const apiPageText = defineDictionary({
  zh: {
    title: '开放接口（API）',
    explain:
      '网页上能做的一切都可以通过 HTTP + JSON 完成：查询集群、机构、地区、产业链与指标，导出表格，生成报告。访客只读公开数据；登录后按账户角色读写。写操作需携带登录时发放的 CSRF 令牌（请求头 x-csrf-token）。命令行工具 atlas 提供同样的功能。',
    interactive: '交互式接口文档（Swagger UI，英文，在新标签页打开）',
    openapi: 'OpenAPI 描述文件（JSON）',
    back: '在新标签页打开文档，本页保留，随时回到图谱。',
    endpoints: '接口一览',
    endpointsNote: '各接口的参数与说明（英文）见交互式文档。',
    method: '方法',
    path: '路径',
    loadFailed: '接口一览未能载入',
    count: '共 {n} 个接口',
    'tag.system': '系统',
    'tag.reference': '参考数据与导出',
    'tag.organizations': '机构',
    'tag.clusters': '集群与分析',
    'tag.chains': '产业链',
    'tag.io': '投入产出',
    'tag.metrics': '指标',
    'tag.reports': '报告',
    'tag.other': '其他',
  },
  en: {
    title: 'Open API',
    explain:
      'Everything the web pages do is available over HTTP and JSON: clusters, organisations, regions, chains and metrics, table exports and reports. Visitors read public data; signed-in accounts read and write by their role. Writes carry the CSRF token issued at sign-in (header x-csrf-token). The atlas command-line tool does the same.',
    interactive: 'Interactive API documentation (Swagger UI, opens in a new tab)',
    openapi: 'OpenAPI description (JSON)',
    back: 'The documentation opens in a new tab; this page stays, so the atlas is one tab away.',
    endpoints: 'Endpoints',
    endpointsNote:
      'Each endpoint’s parameters and description are in the interactive documentation.',
    method: 'Method',
    path: 'Path',
    loadFailed: 'The list of endpoints did not load',
    count: '{n} endpoints',
    'tag.system': 'System',
    'tag.reference': 'Reference data and exports',
    'tag.organizations': 'Organisations',
    'tag.clusters': 'Clusters and analyses',
    'tag.chains': 'Industry chains',
    'tag.io': 'Input-output',
    'tag.metrics': 'Metrics',
    'tag.reports': 'Reports',
    'tag.other': 'Other',
  },
});
