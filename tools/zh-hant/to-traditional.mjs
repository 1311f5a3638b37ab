// Reads a JSON array of Simplified Chinese strings on stdin and writes the same array in Traditional characters
// (OpenCC's mainland-to-standard-Traditional conversion: characters and phrases, no Taiwan vocabulary swaps, so
// 干部 becomes 幹部 and 台账 臺賬 while the official terms stay the mainland's).
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map(s => toTraditional(s))));
});
