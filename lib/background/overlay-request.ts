import { z } from 'zod';
import { MAX_COORDINATE, OVERLAY_HIDE, OVERLAY_POSITION, OVERLAY_STATE } from '../overlay';

const coordinate = z.number().finite().min(-MAX_COORDINATE).max(MAX_COORDINATE);

/** The overlay script's requests, as the background accepts them. */
export const overlayRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(OVERLAY_STATE) }),
  z.strictObject({ type: z.literal(OVERLAY_POSITION), x: coordinate, y: coordinate }),
  z.strictObject({ type: z.literal(OVERLAY_HIDE) }),
]);
