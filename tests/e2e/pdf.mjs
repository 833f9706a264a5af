// Reads a PDF that Chromium printed, with PDF.js running in Chromium itself (served from
// node_modules/pdfjs-dist): the text of each page, and a page drawn as an image for the
// screenshots. What the tests of printed sheets assert on.
import { serve } from "./server.mjs";

/** Serves PDF.js and opens a page that can use it; resolves to { read, draw, close }. */
export async function pdfReader(browser) {
  const server = await serve("node_modules/pdfjs-dist");
  const page = await browser.newPage();
  await page.goto(`${server.url}/package.json`);
  const open = (bytes) =>
    page.evaluateHandle(async (base64) => {
      const pdfjs = await import("/build/pdf.mjs");
      pdfjs.GlobalWorkerOptions.workerSrc = "/build/pdf.worker.mjs";
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      return pdfjs.getDocument({ data }).promise;
    }, Buffer.from(bytes).toString("base64"));
  return {
    /** The text of each page, white space runs as one space. */
    async read(bytes) {
      const doc = await open(bytes);
      return doc.evaluate(async (doc) => {
        const pages = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const content = await (await doc.getPage(n)).getTextContent();
          pages.push(content.items.map((item) => item.str + (item.hasEOL ? " " : "")).join("").replace(/\s+/g, " ").trim());
        }
        return pages;
      });
    },
    /** Page `n` of the PDF drawn at 1.5×, as a PNG at `path`. */
    async draw(bytes, n, path) {
      const doc = await open(bytes);
      await doc.evaluate(async (doc, n) => {
        const pdfPage = await doc.getPage(n);
        const viewport = pdfPage.getViewport({ scale: 1.5 });
        const canvas = document.createElement("canvas");
        canvas.id = "pdf-page";
        Object.assign(canvas, { width: viewport.width, height: viewport.height });
        document.body.replaceChildren(canvas);
        await pdfPage.render({ canvas, canvasContext: canvas.getContext("2d"), viewport }).promise;
      }, n);
      await page.locator("#pdf-page").screenshot({ path });
    },
    close: async () => (await page.close(), await server.close()),
  };
}
