import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { routeConsoles } from '../fixtures/route-consoles';
import { captureScenario } from './support/capture-scenario';
import { openOptions, storedRecords } from './support/stored-data';

let session: ExtensionSession;
test.beforeEach(async () => {
  session = await launchWithExtension();
  await routeConsoles(session.context);
});
test.afterEach(async () => {
  await session?.close();
});

test('the capture log names the columns a capture did not store, and why', async () => {
  // 生意参谋 客服绩效 (antd): an 操作 column beside the metrics, and an empty scrollbar header cell.
  await captureScenario(session, 'sycm-antd');
  const options = await openOptions(session.context, session.extensionId);
  const { captures } = await storedRecords(options);
  const stored = captures.find((c) => c.leftOut?.some((l) => l.header === '操作'));
  expect(stored?.leftOut).toEqual([{ header: '操作', reason: 'not_a_metric' }]);

  const row = options.locator(`[data-testid="capture-row"][data-capture-id="${stored!.id}"]`);
  const leftOut = row.getByTestId('capture-left-out');
  await expect(leftOut.locator('summary')).toHaveText('未记录的列（1）');
  await leftOut.locator('summary').click();
  await expect(leftOut.locator('li')).toHaveText(['“操作” — 不是指标列']);
});
