import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed (or shown as print media): the month table then renders every row, since
 * a virtualised table would print only the rows in view. beforeprint is synchronous: the rows must be in
 * the DOM before the browser lays out the pages, hence flushSync.
 */
export function usePrintMode(): [boolean, () => void] {
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  useEffect(() => {
    const media = matchMedia('print');
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(media.matches);
    const onMedia = () => (media.matches ? on() : off());
    addEventListener('beforeprint', on);
    addEventListener('afterprint', off);
    media.addEventListener('change', onMedia);
    return () => {
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', off);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  const print = () => {
    flushSync(() => setPrinting(true));
    window.print();
  };
  return [printing, print];
}
