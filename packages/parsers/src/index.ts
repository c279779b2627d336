// @tamga/parsers: one folder per format family; `builtInParsers` is the registry, most specific first.
import type { Parser } from '@tamga/core';

export const builtInParsers: readonly Parser[] = [];
