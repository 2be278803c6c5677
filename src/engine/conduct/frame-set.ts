import { frameSet } from './frames';
import { CONDUCT_CLASSES } from '../vocab/classes';
import { WORK_CLASSES } from '../vocab/classes-work';
import { ADDRESSEE_SOURCE, EMPLOYER } from '../vocab/conduct';

/**
 * The one frame set every conduct rule reads: the word classes, plus the classes only a regex
 * sees (a hospital's name from its capitals, an addressed @handle, emoji). The draft is tagged
 * once for all rules.
 */
export const CONDUCT_FRAMES = frameSet(
  { ...CONDUCT_CLASSES, ...WORK_CLASSES },
  {
    ORG: EMPLOYER,
    ADDRESSEE: new RegExp(ADDRESSEE_SOURCE, 'g'),
    /** A wink at doing it on purpose. */
    WINK: /😈|😇|🙃|😏|🤫/g,
    EYES: /👀|🍵/g,
    /** An eye-roll or a laugh over someone. */
    MOCK_EMOJI: /🙄|😂|🤣|💀|🤡|🐷|🐖|🐳|🐋|🥔/gu,
    /** A disclosure tag: "#ad", "#sponsored". */
    AD_HASHTAG: /(?<![A-Za-z0-9_])#(?:ad|ads|sponsored|spon|partner|paidpartnership|affiliate|gifted|collab)(?![A-Za-z0-9_])/gi,
  },
);
