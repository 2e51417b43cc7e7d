import { unified } from 'unified';
import remarkParse from 'remark-parse';
const p = unified().use(remarkParse);
for (const src of ['## 一、标题 ##  \n', '  # a  \nb\n# c\n', '#\n', '# #\n', '#   \n', '### a ###b\n', 'p\n## h\nq', '#\u3000标题\n', '# 标题 \\#\n']) {
  const tree = p.parse(src) as any;
  console.log(JSON.stringify(src), tree.children.map((n: any) => `${n.type}${n.depth ?? ''}[${n.position.start.offset},${n.position.end.offset}]=${JSON.stringify(src.slice(n.position.start.offset, n.position.end.offset))}`).join(' '));
}
