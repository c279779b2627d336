// One view per kind of artefact, used by the browser's detail pane and the full page: chats as conversations,
// e-mails with their headers, images with EXIF and coordinates, web visits, bookmarks and downloads, documents as text.
import { type ArtifactViewProps } from './artifact-data';
import { AccountView } from './account-view';
import { BookmarkView } from './bookmark-view';
import { CallView } from './call-view';
import { ContactView } from './contact-view';
import { DocumentView } from './document-view';
import { DownloadView } from './download-view';
import { EmailView } from './email-view';
import { FileEntryView } from './file-entry-view';
import { GenericView } from './generic-view';
import { ImageView } from './image-view';
import { LocationView } from './location-view';
import { MessageView } from './message-view';
import { WebVisitView } from './web-visit-view';

export { Coordinates } from './coordinates';
export { Facts } from './facts';
export { RawFields } from './raw-fields';

export function ArtifactView(props: ArtifactViewProps) {
  const { artifact, occurrences } = props;
  switch (artifact.type) {
    case 'message':
      return <MessageView {...props} />;
    case 'email':
      return <EmailView {...props} />;
    case 'image':
      return <ImageView artifact={artifact} />;
    case 'location':
      return <LocationView artifact={artifact} />;
    case 'web_visit':
      return <WebVisitView artifact={artifact} occurrences={occurrences} />;
    case 'bookmark':
      return <BookmarkView artifact={artifact} occurrences={occurrences} />;
    case 'download':
      return <DownloadView artifact={artifact} occurrences={occurrences} />;
    case 'document':
      return <DocumentView artifact={artifact} occurrences={occurrences} />;
    case 'call':
      return <CallView artifact={artifact} />;
    case 'contact':
      return <ContactView artifact={artifact} occurrences={occurrences} />;
    case 'account':
      return <AccountView artifact={artifact} />;
    case 'file_entry':
      return <FileEntryView artifact={artifact} occurrences={occurrences} />;
    default:
      return <GenericView artifact={artifact} occurrences={occurrences} />;
  }
}
