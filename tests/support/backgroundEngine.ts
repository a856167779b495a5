import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGINE_HANDLERS } from '../../utils/background/engine';
import { handleMessages } from '../../utils/messages';

/**
 * The background's engine, answering the content script as in the browser. The fake browser's runtime.sendMessage
 * sends no sender id and drops answers given as promises; Chrome and Firefox do neither, so messages go to every
 * listener from our extension and the first answer is the reply.
 */
export function connectBackgroundEngine(): void {
  fakeBrowser.runtime.sendMessage = (async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => {});
    return answers.find((answer) => answer !== undefined);
  }) as typeof fakeBrowser.runtime.sendMessage;
  handleMessages(ENGINE_HANDLERS);
}
