import { Link } from 'react-router';
import { notePath, type NoteSummary } from '../core';
import { WarningList } from './warning-list';

/** Notes that need the author's attention: each linked, with its id and what to fix. */
export function NotesWithWarnings({ notes }: { notes: readonly NoteSummary[] }) {
  return (
    <ul className="plain-list health-list">
      {notes.map((note) => (
        <li key={note.id}>
          <Link to={notePath(note.id)} lang="ko">
            {note.title}
          </Link>{' '}
          <span className="muted">({note.id})</span>
          <WarningList warnings={note.warnings} />
        </li>
      ))}
    </ul>
  );
}
