import { consoleOfHost } from '../model/console-sites';
import type { ConsoleId } from '../model/capture-types';
import type { FrameLocation } from './frame-location';

/**
 * The console a frame's table belongs to: the console of the top page when the top page is one (千牛
 * frames 生意参谋's view and third-party apps; the user is in 千牛), else the frame's own host — a user
 * site, or a console opened on its own. The top page's host is what the frame may know of it (its URL,
 * an ancestor origin or the referrer).
 */
export function consoleOfFrame(location: Pick<FrameLocation, 'pageUrl' | 'hostname'>): ConsoleId {
  let topHost = '';
  try {
    topHost = new URL(location.pageUrl).hostname;
  } catch {
    // about:blank and the like: no top host to go by.
  }
  const top = topHost ? consoleOfHost(topHost) : 'custom';
  return top !== 'custom' ? top : consoleOfHost(location.hostname);
}
