// Imported lazily (see load-rich-styles.ts) so KaTeX's stylesheet and fonts
// and the code colours reach only pages that show math or code.
import 'katex/dist/katex.min.css';
import './code-highlight.css';
