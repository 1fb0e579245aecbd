/**
 * The network contract core: compose loading, service metadata, policy,
 * topology and rules, free of any Backstage runtime.
 *
 * @packageDocumentation
 */

export * from './source';
export * from './metadata';
export * from './policy';
export * from './compose';
export * from './model';
export * from './rules';
export * from './permissions';
export * from './exports';
export * from './reports';
