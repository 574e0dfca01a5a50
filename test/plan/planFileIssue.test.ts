/** The JSON parser's refusal as data: line and column wherever the engine's message gives or lets us compute them. */
import { jsonSyntaxIssue } from '../../src/plan/planFileIssue';

const text = '{\n  "id": "ctg",\n  "title": "x" \n  "version": "1"\n}';

it.each<[string, string, { line?: number; column?: number }]>([
  ['Node 20 / Chromium: a position', "Expected ',' or '}' after property value in JSON at position 35", { line: 4, column: 3 }],
  ['Node 22: line and column', "Expected ',' or '}' after property value in JSON at position 35 (line 4 column 3)", { line: 4, column: 3 }],
  ['Firefox: line and column', "JSON.parse: expected ',' or '}' after property value in object at line 4 column 3 of the JSON data", { line: 4, column: 3 }],
  ['the text ran out', 'Unexpected end of JSON input', { line: 5, column: 2 }],
  ['no place given', 'Unexpected token \'}\', "…" is not valid JSON', {}],
  ['a position past the text', 'Unexpected token in JSON at position 9999', {}],
])('%s', (_name, message, place) => {
  expect(jsonSyntaxIssue(message, text)).toEqual({ code: 'json_syntax', params: { ...place, detail: message } });
});
