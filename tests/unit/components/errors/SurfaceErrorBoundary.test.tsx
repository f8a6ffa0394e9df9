// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SurfaceErrorBoundary } from '@/components/errors/SurfaceErrorBoundary';
import { OverlayError } from '@/components/overlay/OverlayError';
import { setUiLocale } from '../../support/ui-locale';

/** A view that fails while rendering, as a bug in any component of a surface would. */
function BrokenView(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'score')");
}

describe('SurfaceErrorBoundary', () => {
  beforeEach(() => {
    // React and the boundary log the caught error; keep the test output for real failures.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  test('a throwing child shows the notice in Chinese: data safe, reload, whom to tell, the error text', () => {
    render(
      <SurfaceErrorBoundary>
        <BrokenView />
      </SurfaceErrorBoundary>,
    );
    const notice = screen.getByRole('alert');
    expect(within(notice).getByRole('heading').textContent).toBe('出错了，这个页面没能显示出来');
    expect(notice.textContent).toContain('已保存的数据不受影响');
    expect(within(notice).getByRole('button').textContent).toBe('重新加载');
    expect(notice.textContent).toContain('请把下面的错误信息复制给为团队安装本扩展的人（如客服主管）或扩展的维护者');
    expect(screen.getByTestId('surface-error-text').textContent).toBe("TypeError: Cannot read properties of undefined (reading 'score')");
    expect(console.error).toHaveBeenCalled();
  });

  test('the notice is in English for an English browser', () => {
    setUiLocale('en');
    render(
      <SurfaceErrorBoundary>
        <BrokenView />
      </SurfaceErrorBoundary>,
    );
    const notice = screen.getByRole('alert');
    expect(within(notice).getByRole('heading').textContent).toBe('Something went wrong: this page could not be shown');
    expect(within(notice).getByRole('button').textContent).toBe('Reload');
    expect(notice.textContent).toContain('send it to whoever set up the extension for your team');
  });

  test('the reload button reloads the page', () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    render(
      <SurfaceErrorBoundary>
        <BrokenView />
      </SurfaceErrorBoundary>,
    );
    screen.getByTestId('surface-error-reload').click();
    expect(reload).toHaveBeenCalledOnce();
  });

  test('children that render fine are shown as they are', () => {
    render(
      <SurfaceErrorBoundary>
        <p>客服对比</p>
      </SurfaceErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('客服对比')).toBeTruthy();
  });

  test("the badge's own fallback is a small card with a reload, the error text in its tooltip", () => {
    render(
      <SurfaceErrorBoundary fallback={(error) => <OverlayError error={error} />}>
        <BrokenView />
      </SurfaceErrorBoundary>,
    );
    const card = screen.getByTestId('overlay-card');
    expect(card.getAttribute('data-state')).toBe('error');
    expect(card.getAttribute('role')).toBe('alert');
    expect(card.textContent).toBe('徽标出错了重新加载');
    expect(card.getAttribute('title')).toContain("TypeError: Cannot read properties of undefined (reading 'score')");
  });
});
