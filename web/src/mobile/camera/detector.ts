/**
 * A BarcodeDetector: the browser's own where it has one (Chrome on Android), otherwise the `barcode-detector`
 * polyfill (ZXing compiled to WebAssembly). Loaded only when a worker first opens the camera, so the
 * polyfill's WebAssembly never weighs on the app's first load; the .wasm file is served by Quayside itself
 * (the polyfill would fetch it from a CDN, which the Content Security Policy refuses, rightly).
 */
export interface Detected {
  rawValue: string;
}
export interface Detector {
  detect(source: HTMLVideoElement): Promise<Detected[]>;
}

const FORMATS = ['code_128', 'code_39', 'ean_13', 'ean_8', 'upc_a', 'upc_e', 'itf', 'qr_code', 'data_matrix'];

type DetectorClass = new (options?: { formats?: string[] }) => Detector;

export async function createDetector(): Promise<Detector> {
  const native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (native) return new native({ formats: FORMATS });
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([import('barcode-detector/ponyfill'), import('zxing-wasm/reader/zxing_reader.wasm?url')]);
  prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });
  return new BarcodeDetector({ formats: FORMATS as never });
}
