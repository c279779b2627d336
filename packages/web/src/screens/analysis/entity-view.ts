// One entity of a case as the entity list gives it: its type, value, counts, dates and where else it occurs.
import type { RouteOutput, Routes } from '@tamga/api';

export type EntityView = RouteOutput<Routes['listEntities']>['entities'][number];
