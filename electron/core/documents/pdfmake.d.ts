/** The part of pdfmake 0.3's server-side API we use (the package ships no types). */
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    virtualfs: {
      writeFileSync(name: string, content: Buffer): void;
      existsSync(name: string): boolean;
    };
    setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
    setUrlAccessPolicy(cb: (url: string) => boolean): void;
    setLocalAccessPolicy(cb: (path: string) => boolean): void;
    createPdf(doc: object, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

/** pdfmake's QR encoder (used by tests to check the drawn symbol). */
declare module 'pdfmake/js/qrEnc.js' {
  const qrEnc: unknown;
  export default qrEnc;
}
