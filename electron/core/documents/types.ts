/**
 * pdfmake's document definition, as loosely as its JSON shape allows (pdfmake 0.3 ships no types).
 * Each printed document is a pure function returning one of these.
 */
export interface ContentNode {
  [key: string]: unknown;
}
export type Content = string | ContentNode | Content[];

export type DynamicContent = (currentPage: number, pageCount: number, pageSize: unknown) => Content | null;

export interface DocDefinition {
  pageSize: string | { width: number; height: number };
  pageOrientation?: 'portrait' | 'landscape';
  /** left, top, right, bottom in points. */
  pageMargins: [number, number, number, number];
  header?: DynamicContent;
  footer?: DynamicContent;
  content: Content[];
  defaultStyle: ContentNode;
  styles?: Record<string, ContentNode>;
  info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string };
  watermark?: ContentNode;
}
