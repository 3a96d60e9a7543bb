/**
 * What the load driver is told to do (written as JSON by the bench, read by
 * the driver process) and what it answers. Types only, plus the request kinds.
 */

/** The request kinds of the mixed workload, and the two baselines. */
export const KINDS = {
  tasks: 'my tasks: GET /api/tasks?view=mine&page=1&pageSize=20 (the tasks page)',
  detail: "a task's detail: GET /api/tasks/:id",
  dashboard: 'unit dashboard, 2×2 deadline classes: GET /api/tasks/deadlines?unitId&from&to&asOf',
  search: 'document search: GET /api/documents?q=ket luan dan van&page=1&pageSize=20',
  report: 'progress report: POST /api/tasks/:id/progress (the percent moves, so it rolls up to the tasks above)',
  baseline: 'bare baseline: GET /api/health with an unknown session cookie — one primary-key lookup in sessions, no route work',
  auth: 'auth floor: GET /api/health signed in — session, user and scope lookups, no route work',
} as const;
export type Kind = keyof typeof KINDS;
/** The percent a bench report alternates with a task's own: one step towards the middle, never 0 or 100. */
export const alternatePercent = (percent: number): number => (percent < 50 ? percent + 1 : percent - 1);
/** The note of the bench's progress reports: how the load bench finds its writes again to remove them. */
export const REPORT_NOTE = 'Bench: báo cáo tiến độ định kỳ.';

export const READ_KINDS: readonly Kind[] = ['tasks', 'detail', 'dashboard', 'search'];

/** One visit of a signed-in user in the mixed workload; each connection repeats it, the next user each time. */
export const MIXED_VISIT: readonly Kind[] = ['tasks', 'detail', 'dashboard', 'tasks', 'detail', 'search', 'report'];

export interface LoadUser {
  username: string;
  unitId: string;
  /** `danvan_session=…` */
  cookie: string;
  /** The dashboard's unit: the root of the user's scope, as the dashboard page opens. */
  scopeRootId: string;
  /** Tasks of the user's unit, for the detail page. */
  detailTaskIds: string[];
  /** Open leaf tasks of the user's unit (no other user reports on them), with the version to send. */
  reportTasks: { id: string; version: number; progress: number }[];
}

export interface PhaseSpec {
  name: string;
  label: string;
  /** The request sequence each connection repeats. */
  sequence: readonly Kind[];
  connections: number;
  seconds: number;
  /** Upper bound on requests; the phase ends at whichever bound comes first. */
  maxRequests: number;
  /** Warm-up phases are run but not reported. */
  warmup?: boolean;
}

export interface DriverPlan {
  origin: string;
  serverPid: number;
  users: LoadUser[];
  dashboard: { from: string; to: string; asOf: string };
  documentQuery: string;
  reportedOn: string;
  phases: PhaseSpec[];
}

export interface LatencyFigures {
  requests: number;
  /** Responses per second over the phase. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Responses that were not 2xx, by status. */
  errors: Record<string, number>;
}

export interface PhaseResult {
  name: string;
  label: string;
  connections: number;
  seconds: number;
  /** All kinds together. */
  total: LatencyFigures;
  /** The read kinds together, when the phase mixes them. */
  reads?: LatencyFigures;
  byKind: Partial<Record<Kind, LatencyFigures>>;
  /** Socket errors and timeouts reported by autocannon. */
  socketErrors: number;
  timeouts: number;
  /**
   * CPU over the phase, 100% = one core: the server process, this driver, and
   * the rest of the machine (PostgreSQL, and whatever else runs on it).
   */
  serverCpuPercent: number;
  driverCpuPercent: number;
  restCpuPercent: number;
  /** Server RSS over the phase. */
  serverRssMaxMb: number;
  serverRssEndMb: number;
  /** The whole machine's CPU busy share over the phase (all cores = 100%). */
  machineBusyPercent: number;
}

export interface DriverResult {
  phases: PhaseResult[];
}
