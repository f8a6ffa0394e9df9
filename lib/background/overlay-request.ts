import { z } from 'zod';
import { MAX_COORDINATE } from '../messages';

const coordinate = z.number().finite().min(-MAX_COORDINATE).max(MAX_COORDINATE);

/** The data of the overlay script's messages, as the background accepts them (state and hide carry none). */
export const overlayPositionSchema = z.strictObject({ x: coordinate, y: coordinate });
export const overlayNoDataSchema = z.undefined();
