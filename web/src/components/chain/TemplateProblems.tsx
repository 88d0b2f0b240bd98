import type { TemplateProblem } from './template-draft.ts';

/** The server's (or the JSON parser's) problems, each with the node it is about. */
export function TemplateProblems({ problems }: { problems: TemplateProblem[] }) {
  if (!problems.length) return null;
  return (
    <ul role="alert" data-testid="template-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <b>{p.node}</b>: {p.reason}
        </li>
      ))}
    </ul>
  );
}
