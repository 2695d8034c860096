/**
 * The elements and their public, settable properties as custom-elements.json lists them: what the hardening
 * walks (null and undefined, values of every kind) set from code.
 */
interface Field {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  members?: Field[];
}

export interface ManifestElement {
  readonly tag: string;
  readonly fields: readonly string[];
}

export async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Declaration & { tagName: string } => Boolean(d.customElement && d.tagName))
    .map((d) => ({
      tag: d.tagName,
      fields: (d.members ?? [])
        .filter((f) => f.kind === 'field' && !f.static && !f.readonly && f.privacy !== 'private' && f.privacy !== 'protected')
        .map((f) => f.name),
    }));
}
