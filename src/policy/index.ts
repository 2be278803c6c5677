export { ActionSchema, DEFAULT_POLICY, POLICY_FIELDS, PolicySchema, type Action, type Policy, type PolicyField } from './schema';
export { mergePolicy, type EffectivePolicy, type PolicyProblem } from './merge';
export { MAX_TERMS, MAX_TERM_LENGTH } from './schema';
export { actionFor, analyzeOptionsFor, applyRuleOverrides, strictestAction, strictestOf, uncheckedAction } from './apply';
export { checksSite } from './site-switch';
