// mark.js's ES2015 source, which the peer is built from: the same class as its default UMD build, without the ES5
// transpilation, as a keyword highlighter that cares for its size would ship it.
declare module 'mark.js/src/lib/mark.js' {
  import Mark from 'mark.js';
  export default Mark;
}
