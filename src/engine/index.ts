export { analyze, verdictOf } from './analyze';
export { AnalyzeTimeout } from './deadline';
export { RULES } from './rules';
export * from './types';
