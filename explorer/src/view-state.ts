/**
 * The share link: what is on the canvas and how it is filtered, in the URL hash, so opening
 * the link rebuilds the same view through the same GraphQL queries.
 */
export interface ViewState {
  nodes: string[];
  question: { right: string; category: string; state: string | null } | null;
  hiddenKinds: string[];
  hiddenTypes: string[];
  selected: string | null;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.nodes.length) params.set('nodes', view.nodes.join(','));
  if (view.question) params.set('q', [view.question.right, view.question.category, view.question.state ?? ''].join(','));
  if (view.hiddenKinds.length) params.set('hideKinds', view.hiddenKinds.join(','));
  if (view.hiddenTypes.length) params.set('hideTypes', view.hiddenTypes.join(','));
  if (view.selected) params.set('selected', view.selected);
  return `#${params.toString()}`;
}

export function decodeView(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const q = list(params.get('q'));
  return {
    nodes: list(params.get('nodes')),
    question: q.length >= 2 ? { right: q[0]!, category: q[1]!, state: q[2] || null } : null,
    hiddenKinds: list(params.get('hideKinds')),
    hiddenTypes: list(params.get('hideTypes')),
    selected: params.get('selected'),
  };
}
