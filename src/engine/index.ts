export { analyze, verdictOf } from './analyze';
export { RULES } from './rules';
export * from './types';
