import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGINE_HANDLERS } from '../../utils/background/engine';
import { handleMessages, type Handlers } from '../../utils/messages';
import { answerPorts } from '../../utils/port';
import { fakeRuntimePorts } from './fakePorts';

/**
 * The background's engine, answering the content script as in the browser, over the port the content script opens
 * (and over one message per request). The fake browser's runtime.sendMessage sends no sender id and drops answers
 * given as promises; Chrome and Firefox do neither, so messages go to every listener from our extension and the first
 * answer is the reply. EXTRA adds handlers of the background's (the badge's count).
 */
export function connectBackgroundEngine(extra: Handlers = {}): ReturnType<typeof fakeRuntimePorts> {
  fakeBrowser.runtime.sendMessage = (async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => {});
    return answers.find((answer) => answer !== undefined);
  }) as typeof fakeBrowser.runtime.sendMessage;
  const ports = fakeRuntimePorts();
  const handlers = { ...ENGINE_HANDLERS, ...extra };
  handleMessages(handlers);
  answerPorts(handlers);
  return ports;
}
