import { vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Mounts a component into a fresh container of the test document and returns that container. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(node, container));
  return container;
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => (element as HTMLElement).click());
}

export async function press(element: Element, key: string): Promise<void> {
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/** The buttons (or other role) whose text or accessible label is the given name. */
export function byRole(container: ParentNode, role: string, name: string): HTMLElement | undefined {
  const implicit: Record<string, string> = { button: 'button:not([role])', option: '[role="option"]' };
  const selector = [implicit[role], `[role="${role}"]`].filter(Boolean).join(',');
  return [...container.querySelectorAll<HTMLElement>(selector)].find(
    (element) => (element.getAttribute('aria-label') ?? element.textContent?.trim()) === name,
  );
}

/** Waits for an assertion to hold; generous, because the test machine is shared with browser tests. */
export const until = <T>(assertion: () => T | Promise<T>): Promise<T> => vi.waitFor(assertion, { timeout: 5000 });
