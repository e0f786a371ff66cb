#!/usr/bin/env node
// Entry point for `npx briefbot` and `npm start`: registers the TypeScript loader, then runs the CLI.
import { register } from 'tsx/esm/api';
register();
await import('../adapters/main.ts');
