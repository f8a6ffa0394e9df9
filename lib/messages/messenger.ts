import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/**
 * The typed messenger of the background and the extension pages. Content scripts use
 * content-messaging.ts instead: the same wire format and map, without the library's code in content.js.
 */
export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
