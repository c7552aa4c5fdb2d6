import { useTranslationRef } from '@backstage/frontend-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { ProposalEvent } from '@internal/plugin-spbe-common';
import { refName } from '../../lib/entityRefs';
import { useFormatDateTime } from '../../hooks/useFormatDateTime';
import { useEntityTitles } from '../../hooks/useEntityTitles';
import { spbeTranslationRef } from '../../translations';

const KNOWN_EVENTS = [
  'created',
  'edited',
  'submitted',
  'review-started',
  'decided',
  'withdrawn',
  'comment',
  'reanalyzed',
] as const;
type KnownEvent = (typeof KNOWN_EVENTS)[number];

/** The history of a proposal, oldest first. */
export function ProposalHistory(props: { history: ProposalEvent[] }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const formatTime = useFormatDateTime();
  const actorNames = useEntityTitles([...new Set(props.history.map(e => e.actor).filter(a => a.startsWith('user:')))]);
  return (
    <List dense data-testid="proposal-history">
      {props.history.map(event => (
        <ListItem key={event.id} divider>
          <ListItemText
            primary={`${
              KNOWN_EVENTS.includes(event.type as KnownEvent)
                ? t(`history.${event.type as KnownEvent}`)
                : event.type
            } · ${actorNames.get(event.actor) ?? refName(event.actor)}`}
            secondary={[formatTime(event.at), event.text]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}
