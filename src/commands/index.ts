export * from './command.ts';
export * from './registry.ts';
export * from './run.ts';
export * from './parse-args.ts';
export * from './resolve-topic.ts';
export * from './parse-since.ts';
export * from './clean-text.ts';
