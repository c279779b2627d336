// A chat message shown in its conversation: a few messages around it in the pane, more on the full page.
import { type ArtifactViewProps } from './artifact-data';
import { Conversation } from './conversation';

export function MessageView({ caseId, artifact, occurrences, full }: ArtifactViewProps) {
  return <Conversation caseId={caseId} anchor={artifact} occurrences={occurrences} around={full ? 25 : 6} />;
}
