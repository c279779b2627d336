// The type of a graph node in words: an entity's type, or an account with its platform.
import { useTranslation } from 'react-i18next';
import { useEntityTypeName } from './analysis-shared';
import type { GraphNode } from './graph-model';

export function useNodeTypeName(): (node: GraphNode) => string {
  const { t } = useTranslation('analysis');
  const entityType = useEntityTypeName();
  return (node) => {
    if (node.kind === 'entity') return entityType(node.type);
    const platform =
      node.type === 'email' || node.type === 'phone' ? entityType(node.type) : node.type.charAt(0).toUpperCase() + node.type.slice(1);
    return `${t('graph.nodeKind.account')} · ${platform}`;
  };
}
