import { EventStreamParser } from './event-stream';

describe(EventStreamParser.name, () => {
  it('should give the events of a stream cut anywhere, with their type, id and data', () => {
    const sut = new EventStreamParser();
    const stream = 'event: ready\ndata: {"digest":false}\n\nid: 42\nevent: item\ndata: {"a":1}\n\n: ping\n\n';

    const events = [...stream].flatMap((character) => sut.push(character));

    expect(events).toEqual([
      { type: 'ready', data: '{"digest":false}' },
      { type: 'item', id: '42', data: '{"a":1}' },
    ]);
  });

  it('should join data lines, accept CRLF and call an untyped event a message', () => {
    const sut = new EventStreamParser();

    const events = sut.push('data: one\r\ndata:two\r\n\r\n');

    expect(events).toEqual([{ type: 'message', data: 'one\ntwo' }]);
  });

  it('should read a CRLF cut between its CR and its LF as one line end', () => {
    const sut = new EventStreamParser();

    const events = [...sut.push('event: item\r'), ...sut.push('\ndata: {}\r'), ...sut.push('\n\r\n')];

    expect(events).toEqual([{ type: 'item', data: '{}' }]);
  });

  it('should keep an unfinished event until its blank line arrives', () => {
    const sut = new EventStreamParser();

    const first = sut.push('event: item\ndata: {}');
    const second = sut.push('\n\n');

    expect(first).toEqual([]);
    expect(second).toEqual([{ type: 'item', data: '{}' }]);
  });
});
