// mark.js's ES2015 source: the same class as its default UMD build, without the ES5 transpilation (a smaller content
// script: docs/performance.md).
declare module 'mark.js/src/lib/mark.js' {
  import Mark from 'mark.js';
  export default Mark;
}
