export { intakeRoutes } from './intake.routes.ts';
export { readTextFile, readTextFiles, normaliseText, type ReadText, type ReadOutcome, type TextFileKind } from './reading/index.ts';
