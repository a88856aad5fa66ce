/** One server-sent event: its `event:` type (`message` when absent), `id:` and joined `data:` lines. */
export interface ServerEvent {
  readonly type: string;
  readonly id?: string;
  readonly data: string;
}

/**
 * Reads a text/event-stream as it arrives (the WHATWG rules: lines end in CR, LF or CRLF, a blank line ends an
 * event, `:` starts a comment, one space after the colon is dropped).
 */
export class EventStreamParser {
  private buffer = '';
  private type = '';
  private id: string | undefined;
  private data: string[] = [];

  push(text: string): ServerEvent[] {
    this.buffer += text;
    // A CR at the very end may be the first half of a CRLF: it waits for the next piece.
    const held = this.buffer.endsWith('\r') ? '\r' : '';
    const lines = this.buffer.slice(0, this.buffer.length - held.length).split(/\r\n|\r|\n/);
    // The last piece has no line end yet.
    this.buffer = (lines.pop() ?? '') + held;
    const events: ServerEvent[] = [];
    for (const line of lines) {
      const event = this.line(line);
      if (event) events.push(event);
    }
    return events;
  }

  private line(line: string): ServerEvent | null {
    if (line === '') {
      const event =
        this.data.length > 0
          ? { type: this.type || 'message', ...(this.id ? { id: this.id } : {}), data: this.data.join('\n') }
          : null;
      this.type = '';
      this.data = [];
      return event;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') this.type = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
    return null;
  }
}
