import { describe, expect, it } from 'vitest';
import { localeOf } from '../../tools/fake-i18n';
import { failureText } from '../../../lib/capture/confirmation-text';
import { NO_ANSWER, STORAGE_FULL } from '../../../lib/model/capture-reply';

// The pill on the console page when a capture was not saved: coded reasons in words, in both languages.
describe('failureText', () => {
  it('a full storage and a background that never answered are said in words (zh_CN)', async () => {
    const { t } = await localeOf('zh_CN');
    expect(failureText(new Error(STORAGE_FULL), t)).toBe('客服数据未保存：浏览器存储空间已满，请清理磁盘后刷新页面');
    expect(failureText(new Error(NO_ANSWER), t)).toBe('客服数据未保存：扩展多次没有响应，请刷新页面');
  });

  it('the same in English', async () => {
    const { t } = await localeOf('en');
    expect(failureText(new Error(STORAGE_FULL), t)).toBe('Agent data not saved: browser storage is full; free disk space, then reload');
    expect(failureText(new Error(NO_ANSWER), t)).toBe('Agent data not saved: the extension did not answer; reload the page');
  });

  it('any other reason is shown as the background gave it (a string rejection too)', async () => {
    const { t } = await localeOf('en');
    expect(failureText(new Error('DatabaseClosedError: closed'), t)).toBe('Agent data not saved: DatabaseClosedError: closed');
    expect(failureText('sender not allowed', t)).toBe('Agent data not saved: sender not allowed');
  });
});
