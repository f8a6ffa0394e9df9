import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './launch-extension';
import { guardNetwork } from './network-guard';
import { openOptions } from './stored-data';

type LaunchOptions = Parameters<typeof launchWithExtension>[0];

/**
 * A fresh browser per test, opened on the options page: call in a spec file's top level, then `start()` in
 * each test. After each test the browser closes and no request may have left for a non-console host.
 */
export function optionsPagePerTest(): (options?: LaunchOptions) => Promise<Page> {
  let session: ExtensionSession | undefined;
  let network: { foreign: () => string[] };
  test.afterEach(async () => {
    if (!session) return;
    const closing = session;
    session = undefined;
    await closing.close();
    expect(network.foreign(), 'requests to other hosts').toEqual([]);
  });
  return async (options = {}) => {
    session = await launchWithExtension(options);
    network = await guardNetwork(session.context);
    return openOptions(session.context, session.extensionId);
  };
}
