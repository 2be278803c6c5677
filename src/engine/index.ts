export { analyze, Analysis, MAX_FINDINGS_PER_RULE, verdictOf } from './analyze';
export { AnalyzeTimeout } from './deadline';
export { RULES } from './rules';
export * from './types';
export { WARM_UP_DRAFT } from './warm-up';
