// Any other kind of artefact: its people and its text with the entities marked.
import { type Artifact, type Occurrence } from './artifact-data';
import { Actors } from './actors';
import { Highlighted } from './highlight';

/** Anything else: the people and the text; every field is under "All fields". */
export function GenericView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  return (
    <>
      <Actors artifact={artifact} />
      {artifact.text && (
        <div className="text-body">
          <Highlighted text={artifact.text} occurrences={occurrences} field="text" />
        </div>
      )}
    </>
  );
}
