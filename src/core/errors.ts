/**
 * The error and warning catalogue: every failure and every warning Cluster
 * Atlas reports has a stable code here, an HTTP status, and a hint that says
 * what to do. docs/errors.md documents each code; a test keeps the two equal.
 *
 * Errors are thrown as AtlasError. Warnings are plain values (AtlasWarning)
 * that travel with results; core code never prints.
 */

export interface CatalogueEntry {
  readonly status: number;
  readonly title: string;
  readonly hint: string;
}

export const ERRORS = {
  ATLAS_E_USAGE: {
    status: 400,
    title: 'Wrong command or option',
    hint: 'Run the command with --help to see its options.',
  },
  ATLAS_E_BAD_REQUEST: {
    status: 400,
    title: 'Request does not match its schema',
    hint: 'Check the parameters against /api/docs.',
  },
  ATLAS_E_NOT_FOUND: {
    status: 404,
    title: 'No such record',
    hint: 'Check the id; list the records to find it.',
  },
  ATLAS_E_FILE_NOT_FOUND: {
    status: 400,
    title: 'File not found',
    hint: 'Check the path; relative paths start from the current directory.',
  },
  ATLAS_E_FILE_FORMAT: {
    status: 415,
    title: 'Unsupported or unreadable file',
    hint: 'Use CSV (UTF-8 or GB18030), XLSX, JSON or Parquet.',
  },
  ATLAS_E_FILE_EMPTY: {
    status: 400,
    title: 'The file holds no data rows',
    hint: 'Check that the file has a header row and at least one data row.',
  },
  ATLAS_E_FILE_ENCODING: {
    status: 415,
    title: 'Bytes not valid in the text encoding of the file',
    hint: 'Save the file as UTF-8 (Excel: CSV UTF-8), or name its encoding with --encoding (API: encoding=) gb18030, big5, utf-16le or utf-16be; the details name the rows with invalid bytes.',
  },
  ATLAS_E_FILE_TOO_LARGE: {
    status: 413,
    title: 'The file is beyond a size limit',
    hint: 'The details name the limit (rows per file, unpacked size of a workbook, nesting depth): split the file, or save the sheet again without empty formatted rows.',
  },
  ATLAS_E_MISSING_COLUMN: {
    status: 400,
    title: 'A required column is missing',
    hint: 'Rename the header, or map it explicitly with --map field=header.',
  },
  ATLAS_E_INVALID_ROWS: {
    status: 422,
    title: 'Some rows are invalid; nothing was written',
    hint: 'Fix the listed rows, or pass --skip-invalid REJECTS.csv to load the valid rows only.',
  },
  ATLAS_E_BAD_VALUE: {
    status: 400,
    title: 'A value is not allowed',
    hint: 'See the details for the file, row, column and the expected value.',
  },
  ATLAS_E_BAD_COORDINATE: {
    status: 400,
    title: 'Longitude or latitude out of range',
    hint: 'Longitude must lie in [-180, 180] and latitude in [-90, 90], in degrees; check that they are not swapped.',
  },
  ATLAS_E_UNKNOWN_NAME: {
    status: 400,
    title: 'Unknown name',
    hint: 'See the list of allowed names in the message.',
  },
  ATLAS_E_ROW_MISSING_VALUE: {
    status: 422,
    title: 'A required value is empty',
    hint: 'Fill the cell, or remove the row.',
  },
  ATLAS_E_ROW_BAD_USCC: {
    status: 422,
    title: 'Not a valid 统一社会信用代码 (USCC)',
    hint: 'Check the 18 characters; the last one is a checksum (GB 32100-2015).',
  },
  ATLAS_E_ROW_BAD_NUMBER: {
    status: 422,
    title: 'Not a number',
    hint: 'Write digits only (thousands separators allowed); leave the cell empty when unknown.',
  },
  ATLAS_E_ROW_NEGATIVE: {
    status: 422,
    title: 'A measure is negative',
    hint: 'Employees, revenue, output, R&D spend and patents cannot be below zero.',
  },
  ATLAS_E_ROW_BAD_YEAR: {
    status: 422,
    title: 'Not a year',
    hint: 'Write a four-digit year between 1900 and 2100.',
  },
  ATLAS_E_ROW_OUTSIDE_CHINA: {
    status: 422,
    title: 'Coordinates outside China for a Chinese region',
    hint: 'Check that longitude and latitude are in degrees and not swapped.',
  },
  ATLAS_E_ROW_UNKNOWN_VALUE: {
    status: 422,
    title: 'Value not in the allowed list',
    hint: 'Use one of the values listed in the reason.',
  },
  ATLAS_E_ROW_REGION_CONFLICT: {
    status: 422,
    title: 'Province, city and county disagree',
    hint: 'Check that the city lies in the province and the county in the city.',
  },
  ATLAS_E_ROW_UNKNOWN_REGION: {
    status: 422,
    title: 'Region not found',
    hint: 'Give a GB/T 2260 code or a full region name.',
  },
  ATLAS_E_ROW_DUPLICATE_CONFLICT: {
    status: 422,
    title: 'Duplicate rows disagree',
    hint: 'Keep one row per key, or correct the conflicting value.',
  },
  ATLAS_E_ROW_UNKNOWN_REFERENCE: {
    status: 422,
    title: 'Referenced organisation not found, or ambiguous',
    hint: 'Import the organisation first, or refer to it by id or USCC.',
  },
  ATLAS_E_ROW_UNKNOWN_INDUSTRY: {
    status: 422,
    title: 'Industry not a GB/T 4754-2017 division',
    hint: 'Give the 2-digit division code (35 or C35) or its full Chinese name (专用设备制造业); see data/industries/gbt4754-2017.json.',
  },
  ATLAS_E_ROW_BAD_TEXT: {
    status: 422,
    title: 'Text holds characters that are not allowed, or is too long',
    hint: 'Remove NUL bytes, direction overrides (U+202A-U+202E, U+2066-U+2069) and broken surrogates; names hold at most 300 characters, other text 2,000.',
  },
  ATLAS_E_ROW_GARBLED_TEXT: {
    status: 422,
    title: 'Text looks garbled (mis-decoded), so it was not taken',
    hint: "Check the file's encoding (save it as UTF-8, or pass --encoding); if the text is right as written, pass --accept-garbled (API: acceptGarbled=true).",
  },
  ATLAS_E_ROW_INVALID: {
    status: 422,
    title: 'Row does not match the schema',
    hint: 'See the reason for the field and the rule it breaks.',
  },
  ATLAS_E_DATA_INTEGRITY: {
    status: 500,
    title: 'Bundled reference data is inconsistent',
    hint: 'Reinstall the package; report the problem if it persists.',
  },
  ATLAS_E_STORE: {
    status: 500,
    title: 'The database failed; nothing was written',
    hint: 'Check that the database file is writable and not open in another process.',
  },
  ATLAS_E_MIGRATION: {
    status: 500,
    title: 'The database schema is newer than this program',
    hint: 'Upgrade Cluster Atlas, or open a database made by this version.',
  },
  ATLAS_E_FORBIDDEN: {
    status: 403,
    title: 'Not allowed',
    hint: 'Ask the owner of the data for access; edits and imports need an analyst or admin account, and a member acts for its own organisation only.',
  },
  ATLAS_E_LISTEN: {
    status: 409,
    title: 'The server cannot listen on the address',
    hint: 'The port is busy or not allowed: pass --port N (or set PORT), or stop the other server.',
  },
  ATLAS_E_AHP_INCONSISTENT: {
    status: 422,
    title: 'Pairwise comparison matrix too inconsistent (consistency ratio CR ≥ 0.1)',
    hint: 'Revise the judgements listed in the details (largest deviations first), or pass --force to accept them.',
  },
  ATLAS_E_INDEX_SYSTEM: {
    status: 422,
    title: 'Index system is invalid',
    hint: 'See the details for the file, the node and why (cycle, unknown indicator, weights not summing as declared, indicator with no values).',
  },
  ATLAS_E_EVALUATION_INPUT: {
    status: 422,
    title: 'The evaluation data cannot be scored',
    hint: 'See the details: e.g. fewer than two alternatives, a negative value where a method needs x ≥ 0, or nothing left after the missing-value rule.',
  },
  ATLAS_E_MATCH_TRANSITION: {
    status: 409,
    title: 'A match cannot move to that outcome from its current state',
    hint: 'Outcomes go proposed → contacted → sample_trial → contract, or to declined from any open state; see the allowed next states in the details.',
  },
  ATLAS_E_POOL_CONSENT: {
    status: 403,
    title: 'The supplier has not consented to be shared',
    hint: 'Ask the supplier to grant consent (atlas match pool-consent) before sharing it with the other leaders of the cluster.',
  },
  ATLAS_E_CHAIN_TEMPLATE: {
    status: 422,
    title: 'Chain template is invalid',
    hint: 'See the details for the file, the node and the reason (unknown stage, cycle in the parent tree, edge to a missing node, duplicate id, unknown GB/T 4754 code).',
  },
  ATLAS_E_PLACEMENT_REVIEW: {
    status: 409,
    title: 'A chain placement cannot be reviewed that way',
    hint: 'Review an existing placement with confirm or reject; place an organisation by hand first if it has no placement on that node.',
  },
  ATLAS_E_ACTION_TRANSITION: {
    status: 409,
    title: 'An attraction action cannot move to that state from its current one',
    hint: 'Actions go identified → contacted → negotiating → signed → landed, or to dropped from any open state; see the allowed next states in the details.',
  },
  ATLAS_E_UNAUTHENTICATED: {
    status: 401,
    title: 'Sign-in needed',
    hint: 'Sign in (POST /api/session, or the link `atlas serve` prints); this server does not answer anonymous requests.',
  },
  ATLAS_E_CSRF: {
    status: 403,
    title: 'Write refused: missing or wrong CSRF token',
    hint: 'Send the value of the atlas_csrf cookie in the x-csrf-token header (the web app does this).',
  },
  ATLAS_E_LOGIN_FAILED: {
    status: 401,
    title: 'Wrong name or password, or an expired sign-in link',
    hint: 'Check the name and password; a sign-in link works once and for a limited time: restart `atlas serve` for a new one.',
  },
  ATLAS_E_TOO_MANY_ATTEMPTS: {
    status: 429,
    title: 'Too many failed sign-ins: wait before trying again',
    hint: 'Wait the seconds the Retry-After header (details.retryAfterSeconds) gives; each further failure doubles the wait. Forgotten passwords: an admin removes and re-adds the account (atlas user remove NAME; atlas user add NAME).',
  },
  ATLAS_E_BUSY: {
    status: 503,
    title: 'The server is busy with heavy requests: try again shortly',
    hint: 'Wait the seconds the Retry-After header (details.retryAfterSeconds) gives, then send the request again; exports, reports, panoramas, metrics and imports run a few at a time per server.',
  },
  ATLAS_E_USER_EXISTS: {
    status: 409,
    title: 'An account with that name exists',
    hint: 'Choose another name, or remove the account first (atlas user remove NAME).',
  },
  ATLAS_E_NO_BROWSER: {
    status: 503,
    title: 'No Chromium to print the report with',
    hint: "Install Chromium (apt-get install chromium) or set ATLAS_CHROMIUM to its path; the browser's own print (Ctrl+P) saves a PDF without it.",
  },
  ATLAS_E_REPORT_PRINT: {
    status: 502,
    title: 'The report page did not finish, so no PDF was made',
    hint: 'Open the report page in a browser to see what it shows; check the id or region code.',
  },
  ATLAS_E_IO_TABLE: {
    status: 404,
    title: 'No input-output table for that year and sector count',
    hint: 'Choose one of the tables listed in the details (atlas io tables, GET /api/io/tables): national tables exist for 2002, 2005, 2007, 2010, 2012, 2015, 2017, 2018 and 2020.',
  },
  ATLAS_E_IO_SECTOR: {
    status: 404,
    title: 'Unknown or ambiguous input-output sector',
    hint: 'Give the sector code (e.g. 079) or its full Chinese name; the details list the candidates.',
  },
  ATLAS_E_UNDO_CONFLICT: {
    status: 409,
    title: 'The change cannot be undone: the value has changed since',
    hint: 'Undo the later changes first (the history lists them, newest first), or edit the value directly.',
  },
  ATLAS_E_UNDO_UNSUPPORTED: {
    status: 422,
    title: 'This import cannot be undone: its kind of record keeps no change history',
    hint: 'Only imports of organisations and of links can be undone; correct the records of other kinds by importing them again.',
  },
  ATLAS_E_ALLOCATION_INFEASIBLE: {
    status: 422,
    title: 'No allocation meets the fair share',
    hint: 'Lower the fair share, or allow orders to be split among members; the details name the product.',
  },
  ATLAS_E_INTERNAL: {
    status: 500,
    title: 'Internal error',
    hint: 'Report the problem with the command that caused it.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export const WARNINGS = {
  ATLAS_W_REGION_GUESSED: {
    status: 200,
    title: 'Region resolved by a guess',
    hint: 'Check the region; give a GB/T 2260 code to be exact.',
  },
  ATLAS_W_REGION_UNRESOLVED: {
    status: 200,
    title: 'Region could not be resolved',
    hint: 'Give a GB/T 2260 code or a full region name.',
  },
  ATLAS_W_ENCODING_DETECTED: {
    status: 200,
    title: 'The text encoding was detected from the bytes, not declared',
    hint: 'Check a few names: if they read wrong, name the encoding with --encoding (API: encoding=).',
  },
  ATLAS_W_INDUSTRY_LABEL: {
    status: 200,
    title: 'Industry kept as a label, not a GB/T 4754 code',
    hint: 'Map the label to a GB/T 4754-2017 code to use it in metrics by code.',
  },
  ATLAS_W_DUPLICATE_MERGED: {
    status: 200,
    title: 'Duplicate records merged',
    hint: 'Check the merge report; records merge by USCC, then by name and region.',
  },
  ATLAS_W_ROWS_SKIPPED: {
    status: 200,
    title: 'Invalid rows skipped',
    hint: 'The rejected rows and their reasons were written to the rejects file.',
  },
  ATLAS_W_SYNTHETIC_DATA: {
    status: 200,
    title: 'Synthetic data was generated',
    hint: 'Synthetic records are marked synthetic in the data and on screen; never cite them as facts.',
  },
  ATLAS_W_EMPTY_DROPPED: {
    status: 200,
    title: 'Empty rows or columns dropped',
    hint: 'Regions or industries with no value carry no information for this metric.',
  },
  ATLAS_W_COLUMNS_UNMAPPED: {
    status: 200,
    title: 'Columns not imported',
    hint: 'Map a column with --map field=header if it should be imported.',
  },
  ATLAS_W_METRIC_UNDEFINED: {
    status: 200,
    title: 'Metric undefined for some units; they were left out',
    hint: 'See the details: e.g. an industry with a single firm has no Ellison-Glaeser index.',
  },
  ATLAS_W_ECI_DEGENERATE: {
    status: 200,
    title: 'Second eigenvalue too close to the first or to zero: ECI/PCI carry little information',
    hint: 'λ2 ≈ λ1: the region-industry network falls into disconnected blocks; λ2 ≈ 0: too few regions or industries. Check the details.',
  },
  ATLAS_W_NOT_CONVERGED: {
    status: 200,
    title: 'An iterative computation stopped before converging',
    hint: 'See the details for the method, iterations and last change; the values returned are the last iterate.',
  },
  ATLAS_W_SYNTHETIC_INCLUDED: {
    status: 200,
    title: 'Result computed partly from synthetic records',
    hint: 'The details give the synthetic share; add synthetic=exclude (API) or --synthetic exclude (CLI) to leave them out.',
  },
  ATLAS_W_ORGS_UNPLACED: {
    status: 200,
    title: 'Organisations left out: no region or industry code at the requested level',
    hint: 'Add the prefecture or a GB/T 4754 code to those organisations, or choose a coarser level (industryLevel=label uses free labels).',
  },
  ATLAS_W_REFERENCE_YEAR: {
    status: 200,
    title: 'The national reference has no data for that year: the nearest year was used',
    hint: 'National employment by division covers 1990-2018; the details name the year asked and the year used. Compare like with like where you can.',
  },
  ATLAS_W_REFERENCE_MEASURE: {
    status: 200,
    title: 'The matrix is measured otherwise than the national reference (employment)',
    hint: 'The quotient compares a share of that measure with a share of national employment; measure the region by employees for a like-for-like quotient.',
  },
  ATLAS_W_SECONDARY_INDUSTRIES: {
    status: 200,
    title: 'Only the primary (first) industry of an organisation is counted',
    hint: 'List the main industry first; an organisation is counted once, in its first industry.',
  },
  ATLAS_W_MISSING_VALUES: {
    status: 200,
    title: 'Missing values handled by a rule',
    hint: 'The details name the rule and every alternative/indicator it touched; choose another rule with --missing if it does not fit.',
  },
  ATLAS_W_INDICATOR_CONSTANT: {
    status: 200,
    title: 'An indicator has the same value for every alternative',
    hint: 'It cannot separate the alternatives: it normalises to a constant and gets no entropy/CRITIC weight.',
  },
  ATLAS_W_SELF_LOOPS_DROPPED: {
    status: 200,
    title: 'Self-loops dropped from the graph',
    hint: 'An edge from a node to itself carries no tie between two organisations; the details list the rows.',
  },
  ATLAS_W_ZERO_WEIGHTS_DROPPED: {
    status: 200,
    title: 'Edges of weight 0 dropped from the weighted graph',
    hint: 'A weight of 0 means no tie; give a positive weight to keep the edge.',
  },
  ATLAS_W_PARALLEL_EDGES: {
    status: 200,
    title: 'Repeated edges kept as parallel edges',
    hint: 'Their weights add up (degree and paths count each); merge the rows if they are duplicates.',
  },
  ATLAS_W_CHAIN_INPUTS_UNKNOWN: {
    status: 200,
    title: 'Some chain nodes have no supply links: their inside/outside input shares are unknown',
    hint: 'Import supply links (type supply) between the firms; the details list the nodes without any.',
  },
  ATLAS_W_LINKS_DROPPED: {
    status: 200,
    title: 'Links left out of the network',
    hint: 'The details count them by reason: an end that is not a known organisation, or a value unusable as a weight.',
  },
  ATLAS_W_NO_MEMBER_DATA: {
    status: 200,
    title: 'No member data: no verdict, type or rank is drawn for these clusters',
    hint: 'The details list the clusters; import their members (atlas import --kind clusters or organizations) and they are judged and ranked.',
  },
  ATLAS_W_CITED_FIGURE_MISMATCH: {
    status: 200,
    title: 'A cited figure differs from the number its quotation states',
    hint: 'The figure is shown as its source states it; correct the stored indicator value (details: cluster, indicator, stored, quoted, unit).',
  },
  ATLAS_W_TOO_LITTLE_DATA: {
    status: 200,
    title: 'Too little member data to judge: no verdict is given',
    hint: 'The details name the rule and its threshold (member firms, ties recorded); import more members and their supply and collaboration links.',
  },
  ATLAS_W_RESOLUTION_BAD_USCC: {
    status: 200,
    title: 'USCCs that fail their checksum were not used for matching',
    hint: 'Check the 18 characters (GB 32100-2015); the rows were matched by name, place and industry only (details: side, ids).',
  },
  ATLAS_W_RELATIVE_YEARS: {
    status: 200,
    title:
      'Years scored each on its own scale: a change mixes the cluster’s change with the field’s',
    hint: 'Give a base year (--base-year, API baseYear) to score every year on that year’s scale.',
  },
  ATLAS_W_YEARS_MISSING: {
    status: 200,
    title: 'Some years asked for have no data and are left out',
    hint: 'The details list the years without data and those scored; import the missing years or narrow the range.',
  },
  ATLAS_W_UNDATED_MEMBERS: {
    status: 200,
    title: 'Members without yearly measures are counted in every year',
    hint: 'Import the members’ yearly measures (atlas import --kind organizations with a year column) to date them.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERRORS;
export type WarningCode = keyof typeof WARNINGS;

export interface AtlasWarning {
  code: WarningCode;
  message: string;
  details?: Record<string, unknown>;
}

export class AtlasError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly hint: string;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message?: string, details: Record<string, unknown> = {}) {
    const entry: CatalogueEntry = ERRORS[code];
    super(message ?? entry.title);
    this.name = 'AtlasError';
    this.code = code;
    this.status = entry.status;
    this.hint = entry.hint;
    this.details = details;
  }

  toJSON(): { code: ErrorCode; message: string; hint: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, hint: this.hint, details: this.details };
  }
}

export function isAtlasError(e: unknown): e is AtlasError {
  return e instanceof AtlasError;
}

export function warning(
  code: WarningCode,
  message: string,
  details?: Record<string, unknown>,
): AtlasWarning {
  return details ? { code, message, details } : { code, message };
}
